-- The installed-base copy is the platform's building block (ADR 0030): one entity for ticket-service and
-- complaint-service. Devices are keyed by serial number, as in ticket-service; contracts keep when they apply
-- (zone, last day in force of a termination) instead of a flag.
alter table known_device drop constraint known_device_pkey;
alter table known_device drop constraint known_device_serial_number_key;
alter table known_device add primary key (serial_number);
create index known_device_device_id on known_device (device_id);
alter table known_device add column acceptance_date date;
alter table known_device add column replaced_by_serial varchar(100);

alter table known_contract add column contract_number varchar(64);
alter table known_contract add column zone varchar(64) not null default 'Asia/Shanghai';
alter table known_contract add column last_day_in_force date;
alter table known_contract add column termination_reason varchar(1000);
-- A terminated contract was never in force here: keep that until its next activation or termination says more.
update known_contract set last_day_in_force = coalesce(starts_on, date '1970-01-02') - 1 where terminated;
alter table known_contract drop column terminated;
update known_contract set zone = coalesce(terms -> 'calendar' ->> 'zone', 'Asia/Shanghai');
