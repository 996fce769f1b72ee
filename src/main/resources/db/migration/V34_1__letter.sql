-- The letters sent to families and reporters, kept as sent: the PDF/A itself, its content as shown on the page,
-- its plain text and the text's readability (LIX), which the follow-up reports by band. A letter belongs to the
-- record it was sent for (a decision, an investigation, a report), whose module decides who may read it.
create table letter (
    id         uuid primary key,
    kind       text not null check (kind in ('DECISION', 'INVESTIGATION_OPENED', 'REPORTER_FEEDBACK')),
    record_id  uuid not null,
    content    jsonb not null,
    text       text not null,
    lix        numeric(5, 1) not null,
    pdf        bytea not null,
    sent_on    date not null,
    created_by uuid not null references app_user (id),
    created_at timestamptz not null default now(),
    unique (kind, record_id)
);
create index letter_sent_on on letter (sent_on);
