-- A sampled matter's version goes up with every save that changes an answer or the reviewed mark. The review
-- form sends the version it was opened with, so a second reviewer or a stale tab is refused instead of
-- overwriting newer answers.
alter table audit_matter add column version int not null default 0;
