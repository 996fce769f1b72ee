-- The original document of a report (a scanned letter, a PDF from the school), kept as received.
create table report_attachment (
    id           uuid primary key,
    report_id    uuid not null references report (id),
    filename     text not null check (length(filename) between 1 and 255),
    content_type text not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes   int not null check (size_bytes between 1 and 10485760),
    content      bytea not null,
    uploaded_by  uuid not null references app_user (id),
    uploaded_at  timestamptz not null default clock_timestamp()
);

create index report_attachment_report_idx on report_attachment (report_id);

-- Contacts made during a preliminary assessment: the reporter and the family freely, anyone else only with
-- the guardians' consent noted.
create table preliminary_contact (
    id            bigint generated always as identity primary key,
    report_id     uuid not null,
    child_id      uuid not null,
    contacted_on  date not null,
    party         text not null check (party in ('REPORTER', 'GUARDIAN', 'CHILD', 'OTHER')),
    other_party   text,
    consent_noted boolean not null default false,
    note          text not null check (length(note) between 1 and 5000),
    recorded_by   uuid not null references app_user (id),
    recorded_at   timestamptz not null default clock_timestamp(),
    foreign key (report_id, child_id) references report_child (report_id, child_id),
    check (party <> 'OTHER' or (other_party is not null and consent_noted))
);
