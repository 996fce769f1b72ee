-- An investigation's level follows its matter's level from the moment the level changes (the pilot goal and the
-- red level's rules with it); the level it had when it was opened is kept apart, because the follow-up counts
-- investigations by that level. An application's investigation opens without a level and gets its first one when
-- the investigator sets it. Until now a level change never reached a running investigation, so its level is the
-- level it was opened with.
alter table investigation add column level_when_opened text check (level_when_opened in ('ORANGE', 'RED'));
update investigation set level_when_opened = level;
alter table investigation add check (level_when_opened is not null or level is null);
