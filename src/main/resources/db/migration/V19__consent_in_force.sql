-- At most one consent in force per matter and purpose, also when two notes are made at the same moment
-- (a row lock cannot hold back an insert when there is no row yet).
create unique index consent_note_in_force on consent_note (matter_id, purpose) where withdrawn_on is null;
