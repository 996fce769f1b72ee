-- The indicators look a child's earlier work up by child and an investigation's work by its matter, and count
-- things by the day they fall in a period; at city scale these lookups must not scan whole tables.
create index matter_child_idx on matter (child_id);
create index investigation_matter_idx on investigation (matter_id);
create index investigation_report_idx on investigation (report_id);
create index investigation_opened_idx on investigation (opened_on);
create index investigation_closed_idx on investigation (closed_on);
create index intervention_child_idx on intervention (child_id, offered_on);
create index intervention_decision_idx on intervention (decision_id);
create index instrument_administration_matter_idx on instrument_administration (matter_id, instrument, time_point);
