-- Dispatch and field work: engineers with skills, region and duty calendar; assignments with an
-- appointment; visits on site; escalation up the chain engineer → senior engineer → manager → leadership.
create table engineer (
    username   varchar(100) primary key,
    name       varchar(100) not null,
    phone      varchar(40)  not null,
    level      varchar(32)  not null,
    region     varchar(255) not null,
    duty       jsonb        not null,
    created_at timestamptz  not null,
    updated_by varchar(255) not null,
    updated_at timestamptz  not null
);

create table engineer_skill (
    username varchar(100) not null references engineer (username),
    skill    varchar(100) not null,
    primary key (username, skill)
);

create table ticket_assignment (
    id               uuid primary key,
    ticket_id        uuid         not null references ticket (id),
    engineer         varchar(100) not null references engineer (username),
    appointment_from timestamptz  not null,
    appointment_to   timestamptz  not null,
    state            varchar(16)  not null,
    assigned_by      varchar(255) not null,
    assigned_at      timestamptz  not null,
    responded_at     timestamptz,
    decline_reason   varchar(2000),
    constraint ticket_assignment_window check (appointment_from < appointment_to)
);
create index ticket_assignment_ticket on ticket_assignment (ticket_id, assigned_at);

create table ticket_visit (
    id                  uuid primary key,
    ticket_id           uuid             not null references ticket (id),
    engineer            varchar(100)     not null,
    checked_in_at       timestamptz      not null,
    check_in_latitude   double precision,
    check_in_longitude  double precision,
    checked_out_at      timestamptz,
    check_out_latitude  double precision,
    check_out_longitude double precision
);
create index ticket_visit_ticket on ticket_visit (ticket_id, checked_in_at);
-- An engineer is on site for a ticket at most once at a time.
create unique index ticket_visit_open on ticket_visit (ticket_id, engineer) where checked_out_at is null;

alter table ticket add column escalation_level varchar(32) not null default 'ENGINEER';

create table ticket_escalation (
    id           uuid primary key,
    ticket_id    uuid         not null references ticket (id),
    from_level   varchar(32)  not null,
    to_level     varchar(32)  not null,
    trigger      varchar(16)  not null,
    reason       varchar(2000),
    escalated_by varchar(255) not null,
    escalated_at timestamptz  not null
);
create index ticket_escalation_ticket on ticket_escalation (ticket_id, escalated_at);
