-- 巡检记录: each device's inspections with their record sheets, from ticket-service's events.
create table inspection_record (
    id                    uuid primary key,
    ticket_id             uuid          not null,
    device_serial         varchar(64)   not null,
    customer_organisation varchar(255)  not null,
    inspected_at          timestamptz   not null,
    grounding             varchar(200),
    dust                  varchar(200),
    operating_state       varchar(200),
    software_version      varchar(100),
    findings              varchar(4000),
    inspected_by          varchar(255)
);

create index inspection_record_device_serial on inspection_record (device_serial, inspected_at);
