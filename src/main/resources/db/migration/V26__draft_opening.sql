-- Which opening of a form a draft belongs to: closing a draft (the form was sent or thrown away) starts the
-- next opening, so that a save still on its way from the form already sent cannot open the draft again.
alter table draft add column opening int not null default 0;
