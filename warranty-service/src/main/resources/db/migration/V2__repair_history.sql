-- 维修记录: each device's repairs, from ticket-service's resolved tickets.
create table repair_record (
    id                    uuid primary key,
    event_id              uuid         not null,
    ticket_id             uuid         not null,
    device_serial         varchar(64)  not null,
    customer_organisation varchar(255) not null,
    component             varchar(100),
    fault_code            varchar(100) not null,
    repair_started_at     timestamptz  not null,
    repair_ended_at       timestamptz  not null,
    parts_used            varchar(2000) not null,
    fault_gone            boolean      not null,
    resolved_by           varchar(255)
);

create index repair_record_device_serial on repair_record (device_serial, repair_started_at);
