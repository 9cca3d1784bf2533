-- Persistent timers (platform/service-kit): one pending timer per kind and subject; a fired timer is deleted
-- in the transaction that handled it. The index on due_at makes a poll cost what is due, not what is open.
create table timer (
    id         uuid primary key,
    kind       varchar(64)  not null,
    subject    varchar(255) not null,
    due_at     timestamptz  not null,
    attempts   integer      not null default 0,
    created_at timestamptz  not null,
    constraint timer_kind_subject unique (kind, subject)
);

create index timer_due_at on timer (due_at);
