-- Feedback to a professional reporter: the notice sent, or the recorded decision not to give it.
create table reporter_feedback (
    report_id   uuid primary key references report (id),
    given       boolean not null,
    status      text check (status in ('INVESTIGATION_OPENED', 'NOT_OPENED', 'ALREADY_UNDER_WAY')),
    letter      text,
    reason      text,
    recorded_by uuid not null references app_user (id),
    recorded_at timestamptz not null default clock_timestamp(),
    check ((given and letter is not null and status is not null) or (not given and reason is not null))
);

create index report_category_received_idx on report (reporter_category, received_at desc);
