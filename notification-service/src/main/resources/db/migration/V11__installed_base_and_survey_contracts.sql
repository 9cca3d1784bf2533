-- The platform's installed-base copy (ADR 0030), as ticket-service and complaint-service keep it: warranty-service's
-- devices and contracts, so that a satisfaction survey knows the contract its ticket was served under.
create table known_device (
    serial_number         varchar(100) primary key,
    device_id             uuid         not null,
    model                 varchar(200) not null,
    brand                 varchar(200) not null,
    lot_number            varchar(100),
    customer_organisation varchar(300) not null,
    site                  varchar(300),
    acceptance_date       date,
    replaced_by_serial    varchar(100)
);

create index known_device_device_id on known_device (device_id);

create table known_contract (
    contract_id           uuid primary key,
    contract_number       varchar(64),
    customer_organisation varchar(300) not null,
    starts_on             date,
    ends_on               date,
    zone                  varchar(64)  not null default 'Asia/Shanghai',
    last_day_in_force     date,
    termination_reason    varchar(1000),
    -- The whole contract.activated.v1 payload.
    terms                 jsonb        not null
);

create index known_contract_organisation on known_contract (customer_organisation);

create table known_contract_device (
    contract_id   uuid         not null references known_contract (contract_id),
    serial_number varchar(100) not null,
    primary key (contract_id, serial_number)
);

create index known_contract_device_serial on known_contract_device (serial_number);

-- The contract in force for the ticket's device on the day the ticket closed (as ticket-service chooses); null: none.
alter table survey add column contract_id uuid;
alter table survey add column contract_number varchar(64);
create index survey_contract on survey (contract_id) where contract_id is not null;
