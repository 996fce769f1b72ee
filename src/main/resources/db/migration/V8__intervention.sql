-- Interventions (insatser): what the department can offer, as data so the administrator can keep it up to
-- date, and each intervention offered in a child's matter with the date of every step.
create table intervention_catalogue (
    code             text primary key check (code ~ '^[A-Z_]{2,60}$'),
    name             text not null unique,
    -- The levels of the model the intervention belongs to; placements only on red.
    levels           text[] not null check (cardinality(levels) > 0
                         and levels <@ array['BLUE', 'GREEN', 'ORANGE', 'RED']),
    -- Biståndsbedömd: offered only after a decision that granted it.
    needs_assessment boolean not null,
    sort_order       int not null
);

insert into intervention_catalogue (code, name, levels, needs_assessment, sort_order) values
    ('PARENTING_PROGRAMME', 'Föräldraprogram (föräldraskapsstöd)', array['BLUE', 'GREEN'], false, 10),
    ('OPEN_GROUP_ACTIVITY', 'Öppen gruppverksamhet för barn och unga', array['BLUE', 'GREEN'], false, 20),
    ('CIVIL_SOCIETY_SUPPORT', 'Praktiskt stöd via civilsamhället', array['BLUE', 'GREEN'], false, 30),
    ('SUPPORT_GROUP', 'Stödgrupp för barn till föräldrar med missbruk eller psykisk ohälsa', array['GREEN'], false, 40),
    ('SCHOOL_SUPPORT', 'Stöd vid skolsvårigheter', array['GREEN', 'ORANGE'], false, 50),
    ('FAMILY_TREATMENT', 'Familjebehandling', array['ORANGE', 'RED'], true, 60),
    ('YOUTH_TREATMENT_WITH_SCHOOL', 'Ungdomsbehandling i samverkan med skolan', array['ORANGE', 'RED'], true, 70),
    ('CONTACT_PERSON', 'Kontaktperson', array['ORANGE', 'RED'], true, 80),
    ('CONTACT_FAMILY', 'Kontaktfamilj', array['ORANGE', 'RED'], true, 90),
    ('YOUTH_CRIME_SUPPORT', 'Stöd till barn som har begått brott', array['ORANGE', 'RED'], true, 100),
    ('FOSTER_HOME', 'Placering i familjehem', array['RED'], true, 110),
    ('EMERGENCY_FOSTER_HOME', 'Placering i jourhem', array['RED'], true, 120),
    ('RESIDENTIAL_CARE', 'Placering på HVB (hem för vård eller boende)', array['RED'], true, 130);

-- One intervention in a matter. The dates of the steps are columns, so the indicators (share accepted,
-- share completed, waiting time) are plain SQL; who recorded each step is in intervention_step.
create table intervention (
    id                    uuid primary key,
    matter_id             uuid not null references matter (id),
    -- The matter's child, kept here so a read is logged against the child without asking the matter again.
    child_id              uuid not null references person (id),
    code                  text not null references intervention_catalogue (code),
    provider_kind         text not null check (provider_kind in ('INTERNAL', 'EXTERNAL', 'CIVIL_SOCIETY')),
    provider_name         text not null check (length(provider_name) between 1 and 300),
    responsible_worker_id uuid not null references app_user (id),
    goals                 text not null check (length(goals) between 1 and 5000),
    -- The decision that granted a needs-assessed intervention (investigation module); null for open ones.
    decision_id           uuid,
    decided_on            date,
    state                 text not null check (state in ('OFFERED', 'ACCEPTED', 'DECLINED', 'STARTED',
                              'COMPLETED', 'ENDED_EARLY')),
    offered_on            date not null,
    accepted_on           date,
    declined_on           date,
    started_on            date,
    completed_on          date,
    ended_early_on        date,
    reason                text check (length(reason) <= 2000),
    offered_by            uuid not null references app_user (id),
    version               int not null default 0,
    check (accepted_on is null or declined_on is null),
    check (completed_on is null or ended_early_on is null),
    check (started_on is null or accepted_on is not null)
);

create index intervention_matter_idx on intervention (matter_id);

-- Every step as it was recorded: the timeline's entries and who did what. Never updated.
create table intervention_step (
    id              bigint generated always as identity primary key,
    intervention_id uuid not null references intervention (id),
    state           text not null,
    on_date         date not null,
    reason          text,
    recorded_at     timestamptz not null default clock_timestamp(),
    recorded_by     uuid not null references app_user (id)
);

create index intervention_step_intervention_idx on intervention_step (intervention_id, recorded_at);
