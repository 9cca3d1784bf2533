-- The deadlines of a complaint (contact, promised reply, decision, follow-up), one row per kind and round of handling
-- (a reopening starts a new round). A breach stays as a fact: promised due_at and the breached_at observed, and when
-- the deadline was met after all (MET_LATE). The timers that warn and breach are the kit's persistent timers.
create table complaint_deadline (
    id           uuid primary key,
    complaint_id uuid        not null references complaint (id),
    kind         varchar(16) not null,
    round        integer     not null,
    started_at   timestamptz not null,
    due_at       timestamptz not null,
    warn_at      timestamptz not null,
    state        varchar(16) not null,
    met_at       timestamptz,
    warned_at    timestamptz,
    breached_at  timestamptz,
    version      bigint      not null,
    constraint complaint_deadline_once unique (complaint_id, kind, round)
);

create index complaint_deadline_by_complaint on complaint_deadline (complaint_id);
