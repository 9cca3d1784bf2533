-- The service reports of a resolved ticket (seed 001's 维修报告, seed 000's 故障分析报告) and the knowledge base.

-- 维修报告: reported at = the ticket's registration; once the customer confirmed it, it is frozen.
create table repair_report (
    ticket_id                uuid          primary key references ticket (id),
    arrived_at               timestamptz,
    cause                    varchar(4000) not null,
    measures                 varchar(4000) not null,
    restored_at              timestamptz   not null,
    submitted_by             varchar(255)  not null,
    submitted_at             timestamptz   not null,
    updated_by               varchar(255)  not null,
    updated_at               timestamptz   not null,
    confirmed_by             varchar(255),
    confirmed_at             timestamptz,
    confirmation_recorded_by varchar(255),
    version                  bigint        not null
);

create table repair_report_part (
    ticket_id   uuid         not null references repair_report (ticket_id),
    position    integer      not null,
    part_number varchar(64)  not null,
    description varchar(500),
    quantity    integer      not null check (quantity >= 1),
    primary key (ticket_id, position)
);

-- 故障分析报告: the fault's cause and how to prevent it from happening again.
create table fault_analysis (
    ticket_id    uuid          primary key references ticket (id),
    cause        varchar(4000) not null,
    prevention   varchar(4000) not null,
    submitted_by varchar(255)  not null,
    submitted_at timestamptz   not null,
    updated_by   varchar(255)  not null,
    updated_at   timestamptz   not null,
    version      bigint        not null
);

-- 知识库: solved problems without customer data. PostgreSQL has no Chinese tokenizer here, so the service
-- indexes its own terms (CJK characters and bigrams, lower-cased latin/digit words): terms of the whole entry
-- for matching, those of the symptom for ranking.
create table knowledge_entry (
    id                uuid          primary key,
    symptom           varchar(4000) not null,
    cause             varchar(4000) not null,
    solution          varchar(4000) not null,
    device_model      varchar(100),
    source_ticket_id  uuid,
    terms             text[]        not null,
    symptom_terms     text[]        not null,
    created_by        varchar(255)  not null,
    created_at        timestamptz   not null,
    updated_by        varchar(255)  not null,
    updated_at        timestamptz   not null,
    retired_by        varchar(255),
    retired_at        timestamptz,
    retirement_reason varchar(2000),
    version           bigint        not null
);

create index knowledge_entry_terms on knowledge_entry using gin (terms) where retired_at is null;
create index knowledge_entry_device_model on knowledge_entry (lower(device_model)) where retired_at is null;
