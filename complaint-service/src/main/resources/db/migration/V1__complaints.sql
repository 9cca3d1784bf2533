-- 投诉: the complaint record with the fields of 《客户投诉登记反馈表》 (seed 000), its lifecycle and its history.

-- Record numbers (记录备案编号) TS-<year>-<6 digits>: one counter row per year, advanced in the registering
-- transaction, so concurrent registrations queue on the row and a rolled-back one leaves no gap.
create table complaint_number (
    year        integer primary key,
    last_number integer not null
);

create table root_cause (
    code        varchar(64) primary key,
    label       varchar(200) not null,
    active      boolean      not null default true,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null
);

insert into root_cause (code, label, created_by, created_at) values
    ('MATERIAL_DEFECT', '原材料缺陷 / material defect', 'flyway', now()),
    ('PRODUCTION_PROCESS', '生产工艺 / production process', 'flyway', now()),
    ('DESIGN', '设计缺陷 / design', 'flyway', now()),
    ('TRANSPORT_DAMAGE', '运输损坏 / damaged in transport', 'flyway', now()),
    ('STORAGE', '储存不当 / improper storage', 'flyway', now()),
    ('MISUSE', '使用不当 / misuse', 'flyway', now()),
    ('SERVICE_CONDUCT', '服务态度 / service conduct', 'flyway', now()),
    ('LATE_SERVICE', '服务超时 / late service', 'flyway', now()),
    ('BILLING_ERROR', '收费错误 / billing error', 'flyway', now()),
    ('OTHER', '其他 / other', 'flyway', now());

create table complaint (
    id                       uuid primary key,
    record_number            varchar(20)  not null unique,
    customer_organisation    varchar(300),
    complainant_name         varchar(200) not null,
    complainant_phone        varchar(50),
    complainant_email        varchar(200),
    complainant_other        varchar(500),
    complainant_occupation   varchar(200),
    complainant_organisation varchar(300),
    product_name             varchar(200),
    product_model            varchar(200),
    product_packaging        varchar(200),
    product_quantity         integer,
    lot_number               varchar(100),
    place_of_purchase        varchar(300),
    reason                   varchar(4000) not null,
    circumstances_purchase   varchar(2000),
    circumstances_storage    varchar(2000),
    circumstances_use        varchar(2000),
    channel                  varchar(32)  not null,
    category                 varchar(32)  not null,
    severity                 varchar(16)  not null,
    regulator_involved       boolean      not null,
    urgent                   boolean      not null default false,
    origin                   varchar(32)  not null,
    status                   varchar(32)  not null,
    escalation_level         varchar(32)  not null,
    reopen_count             integer      not null default 0,
    reason_of_last_change    varchar(2000),
    promised_reply_at        timestamptz,
    department               varchar(32),
    investigator             varchar(100),
    findings                 varchar(4000),
    root_cause               varchar(64) references root_cause (code),
    root_cause_detail        varchar(2000),
    quality_problem          varchar(16),
    old_part_assessment_id   uuid,
    remedy                   varchar(32),
    compensation_amount      numeric(14, 2),
    solution                 varchar(4000),
    approved_by              varchar(100),
    approved_at              timestamptz,
    preventive_action        varchar(2000),
    preventive_owner         varchar(100),
    preventive_due_on        date,
    received_by              varchar(100) not null,
    received_at              timestamptz  not null,
    round_started_at         timestamptz  not null,
    updated_at               timestamptz  not null,
    version                  bigint       not null
);

create index complaint_organisation on complaint (customer_organisation);
create index complaint_received_at on complaint (received_at);

create table complaint_device (
    complaint_id uuid not null references complaint (id),
    device_id    uuid not null,
    primary key (complaint_id, device_id)
);

create table complaint_ticket (
    complaint_id uuid not null references complaint (id),
    ticket_id    uuid not null,
    primary key (complaint_id, ticket_id)
);

create index complaint_ticket_by_ticket on complaint_ticket (ticket_id);

-- Who, when and why of every change of a complaint (status changes, escalations, flags).
create table complaint_change (
    id           uuid primary key,
    complaint_id uuid         not null references complaint (id),
    action       varchar(32)  not null,
    from_status  varchar(32)  not null,
    to_status    varchar(32)  not null,
    reason       varchar(2000),
    changed_by   varchar(100) not null,
    changed_at   timestamptz  not null
);

create index complaint_change_by_complaint on complaint_change (complaint_id, changed_at);
