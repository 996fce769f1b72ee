-- The investigation's assessment structured by the three sides of the BBIC triangle and their areas, in
-- Helhet's own words: a description, the child's own view, and the assessment of needs.
create table investigation_area (
    investigation_id uuid not null references investigation (id),
    area             text not null check (area in ('HEALTH', 'EDUCATION', 'EMOTIONAL_AND_BEHAVIOURAL', 'IDENTITY',
                         'FAMILY_AND_SOCIAL_RELATIONSHIPS', 'SOCIAL_PRESENTATION', 'SELF_CARE', 'BASIC_CARE',
                         'ENSURING_SAFETY', 'EMOTIONAL_WARMTH', 'STIMULATION', 'GUIDANCE_AND_BOUNDARIES', 'STABILITY',
                         'FAMILY_HISTORY_AND_FUNCTIONING', 'WIDER_FAMILY_AND_NETWORK', 'HOUSING', 'EMPLOYMENT',
                         'INCOME', 'SOCIAL_INTEGRATION', 'COMMUNITY_RESOURCES')),
    description      text check (length(description) <= 20000),
    child_view       text check (length(child_view) <= 20000),
    needs            text check (length(needs) <= 20000),
    updated_by       uuid not null references app_user (id),
    updated_at       timestamptz not null default clock_timestamp(),
    version          int not null default 0,
    primary key (investigation_id, area)
);
