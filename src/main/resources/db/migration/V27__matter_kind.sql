-- A matter is one concept in every unit: a child's case from the first report to closing (CHILD_AND_YOUTH,
-- opened by intake), or an adult unit's matter about a person (opened by the unit itself). The level, the
-- child's area and age at start belong to the children and youth matter only; for the others they are null.

alter table matter rename column child_id to person_id;

alter table matter
    add column kind text not null default 'CHILD_AND_YOUTH'
        check (kind in ('CHILD_AND_YOUTH', 'DOMESTIC_VIOLENCE', 'ADDICTION', 'SOCIAL_PSYCHIATRY',
                        'FINANCIAL_AID', 'DISABILITY')),
    alter column age_at_start drop not null,
    alter column reopened set default false;

alter table matter alter column kind drop default;

alter table matter
    add constraint matter_child_fields check (
        case when kind = 'CHILD_AND_YOUTH' then age_at_start is not null
             else level is null and area_id_at_start is null and age_at_start is null end);

-- One open matter per person and kind: a parent may have an addiction matter and financial aid at once.
drop index matter_one_open_per_child;
create unique index matter_one_open_per_person_and_kind on matter (person_id, kind) where closed_on is null;
