-- Inspections (巡检): planned from a contract's cadence, or one-off before a customer's major event (重大活动保障).

-- The warranty start that inspection cadences count from: the device's acceptance (验收), when known.
alter table known_device add column acceptance_date date;

-- An inspection ticket has no fault level and, when planned, no caller.
alter table ticket alter column fault_level drop not null;
alter table ticket alter column contact_name drop not null;
alter table ticket alter column contact_phone drop not null;

-- One row per INSPECTION ticket: what is due, and its record sheet (巡检记录单) once inspected.
-- The ticket reference is checked at commit, so a planned occurrence is claimed before its ticket is written.
create table inspection (
    ticket_id            uuid          primary key references ticket (id) deferrable initially deferred,
    customer_organisation varchar(255) not null,
    contract_id          uuid,
    device_serial        varchar(64)   not null,
    schedule_name        varchar(100),
    occasion             varchar(200),
    due_on               date          not null,
    grounding            varchar(500),
    dust                 varchar(500),
    operating_state      varchar(500),
    software_version     varchar(100),
    findings             varchar(4000),
    inspected_at         timestamptz,
    inspected_by         varchar(255),
    report_due_at        timestamptz,
    report_due_guessed   boolean       not null default false,
    created_at           timestamptz   not null,
    constraint inspection_planned_or_one_off check ((schedule_name is null) <> (occasion is null))
);

-- A planned occurrence gets exactly one ticket, whichever replica generates it, however often.
create unique index inspection_occurrence on inspection (contract_id, device_serial, schedule_name, due_on)
    where schedule_name is not null;
create index inspection_due_on on inspection (due_on);
create index inspection_contract on inspection (contract_id, due_on);
