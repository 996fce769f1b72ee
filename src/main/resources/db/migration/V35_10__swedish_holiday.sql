-- The holidays and eves on which the intake group does not work (SwedishCalendar), so that the database works out
-- an open matter's due date when the matter is written (V35_12) instead of every worklist doing it for every matter
-- on every view. Filled by V35_11 from SwedishCalendar, the one place the calendar is written.
create table swedish_holiday (
    day date primary key
);
