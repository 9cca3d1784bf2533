-- 旧件鉴定: the quality department's verdicts on old parts.
create table old_part_assessment (
    id                    uuid primary key,
    device_id             uuid          not null references device (id),
    customer_organisation varchar(255)  not null,
    component             varchar(100),
    ticket_id             uuid,
    verdict               varchar(32)   not null,
    cause                 varchar(64),
    reason                varchar(2000) not null,
    assessed_by           varchar(255)  not null,
    assessed_at           timestamptz   not null,
    check ((verdict = 'NOT_QUALITY_PROBLEM') = (cause is not null))
);

create index old_part_assessment_device on old_part_assessment (device_id, component, assessed_at desc);
