-- SLA clocks of tickets: the terms each ticket runs on, its clocks, pauses and breaches.
create table ticket_terms (
    ticket_id             uuid primary key references ticket (id),
    customer_organisation varchar(255) not null,
    source                varchar(16)  not null,
    contract_id           uuid,
    terms                 jsonb        not null
);
create index ticket_terms_contract on ticket_terms (contract_id);

create table ticket_clock (
    id          uuid primary key,
    ticket_id   uuid        not null references ticket (id),
    target      varchar(32) not null,
    target_time varchar(64) not null,
    started_at  timestamptz not null,
    business_time_seconds bigint not null,
    deadline    timestamptz,
    warning_at  timestamptz,
    met_at      timestamptz,
    warned_at   timestamptz,
    breached_at timestamptz,
    stopped_at  timestamptz,
    constraint ticket_clock_target unique (ticket_id, target)
);
create index ticket_clock_started on ticket_clock (started_at);

-- While a pause is open, ended_at is null. A pause of one clock (target set) or of all the ticket's clocks.
create table clock_pause (
    id         uuid primary key,
    ticket_id  uuid        not null references ticket (id),
    target     varchar(32),
    reason     varchar(64) not null,
    started_at timestamptz not null,
    ended_at   timestamptz
);
create index clock_pause_ticket on clock_pause (ticket_id);

-- A breach is a fact: the promise, the promised and actual times, and the consequence the contract names.
create table sla_breach (
    id                    uuid primary key,
    ticket_id             uuid         not null references ticket (id),
    clock_id              uuid         not null references ticket_clock (id) unique,
    customer_organisation varchar(255) not null,
    contract_id           uuid,
    target                varchar(32)  not null,
    commitment            varchar(500) not null,
    promised_at           timestamptz  not null,
    actual_at             timestamptz,
    breached_at           timestamptz  not null,
    consequence           varchar(255)
);
create index sla_breach_ticket on sla_breach (ticket_id);
