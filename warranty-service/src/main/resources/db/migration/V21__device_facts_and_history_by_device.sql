-- Issue 9: history belongs to the device; the facts 三包 decisions need.
alter table repair_record add column device_id uuid references device (id);
alter table repair_record add column stopped_work boolean not null default false;
alter table repair_record add column parts_waiting varchar(64);
alter table repair_record add column delay_cause varchar(32);
update repair_record r set device_id = d.id
    from device d where d.serial_number = r.device_serial and d.customer_organisation = r.customer_organisation;
create index repair_record_device on repair_record (device_id, repair_started_at);

alter table inspection_record add column device_id uuid references device (id);
update inspection_record i set device_id = d.id
    from device d where d.serial_number = i.device_serial and d.customer_organisation = i.customer_organisation;
create index inspection_record_device on inspection_record (device_id, inspected_at);

-- 产品类别 and 价格: the product key of a 三包 product table row and the invoice price, for remedy-due.
alter table device add column product_category varchar(100);
alter table device add column price numeric(11, 2) check (price > 0);

-- 旧件鉴定 belongs to the fault of its ticket or claim.
alter table old_part_assessment add column fault_code varchar(100);

-- 一包: parts replaced on a device; a rewarranted part's periods run again from its replacement.
create table device_part_replacement (
    device_id   uuid         not null references device (id),
    position    integer      not null,
    component   varchar(100) not null,
    replaced_on date         not null,
    ticket_id   uuid,
    recorded_by varchar(255) not null,
    recorded_at timestamptz  not null,
    primary key (device_id, position)
);
