-- Each unit writes its own part of a joint child impact analysis (ADR 18). A consequence row names a matter the
-- analysis covers; the decision planned in that matter and its consequences for the child are written by a worker
-- who may work in the matter, and until then the part is awaited. Rows written before this change were the
-- recorder's.
alter table child_impact_consequence
    alter column planned_decision drop not null,
    alter column consequence drop not null,
    add column written_by uuid references app_user (id),
    add column written_at timestamptz;

update child_impact_consequence c set written_by = a.recorded_by, written_at = a.recorded_at
from child_impact_analysis a where a.id = c.analysis_id;

alter table child_impact_consequence add constraint child_impact_consequence_part check (
    (planned_decision is null and consequence is null and written_by is null and written_at is null)
    or (planned_decision is not null and consequence is not null and written_by is not null
        and written_at is not null));
