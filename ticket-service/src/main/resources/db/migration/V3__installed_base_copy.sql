-- ticket-service's own copy of warranty-service's installed base and contracts in force, kept from events.
create table known_device (
    serial_number         varchar(64)  primary key,
    device_id             uuid         not null,
    customer_organisation varchar(255) not null,
    model                 varchar(100) not null,
    brand                 varchar(100) not null,
    contract_id           uuid,
    replaced_by_serial    varchar(64)
);

create table known_contract (
    contract_id           uuid primary key,
    contract_number       varchar(64),
    customer_organisation varchar(255) not null,
    starts_on             date,
    ends_on               date,
    terms                 jsonb        not null
);

-- What intake found about the ticket's device.
alter table ticket add column device_id uuid;
alter table ticket add column contract_id uuid;
alter table ticket add column device_known boolean not null default false;

create table known_contract_device (
    contract_id   uuid        not null references known_contract (contract_id),
    serial_number varchar(64) not null,
    primary key (contract_id, serial_number)
);
create index known_contract_device_serial on known_contract_device (serial_number);
