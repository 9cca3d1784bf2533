-- Intake details: the channel, the caller's department and the device's site, the fault type; a consultation
-- (咨询) has no fault level.
alter table ticket add column channel varchar(32) not null default 'PORTAL';
alter table ticket add column contact_department varchar(100);
alter table ticket add column site varchar(255);
alter table ticket add column fault_type varchar(16);
alter table ticket alter column fault_level drop not null;

-- Each classification by an agent: the fault level and type before and after, who and when.
create table ticket_classification (
    id              uuid primary key,
    ticket_id       uuid         not null references ticket (id),
    from_level      varchar(16),
    to_level        varchar(16)  not null,
    from_type       varchar(16),
    to_type         varchar(16)  not null,
    classified_by   varchar(255) not null,
    classified_at   timestamptz  not null
);
create index ticket_classification_ticket on ticket_classification (ticket_id, classified_at);

-- 电话支持记录: problem, initial diagnosis and solution of each phone or remote support call.
create table ticket_phone_support (
    id          uuid primary key,
    ticket_id   uuid          not null references ticket (id),
    problem     varchar(4000) not null,
    diagnosis   varchar(4000),
    solution    varchar(4000),
    recorded_by varchar(255)  not null,
    recorded_at timestamptz   not null
);
create index ticket_phone_support_ticket on ticket_phone_support (ticket_id, recorded_at);

-- Ticket lists: newest first, within an organisation subtree (prefix match), by device or status.
create index ticket_created on ticket (created_at desc, id desc);
create index ticket_organisation_prefix on ticket (customer_organisation varchar_pattern_ops, created_at desc);
create index ticket_device_serial on ticket (device_serial);
create index ticket_status on ticket (status);
