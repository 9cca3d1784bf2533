-- complaint-service's own copy of warranty-service's installed base and contracts in force, kept from their events.
-- Recalls find affected devices by lot number and model here; complaint deadlines read the contract's terms.
create table known_device (
    device_id             uuid primary key,
    serial_number         varchar(100) not null unique,
    model                 varchar(200) not null,
    brand                 varchar(200) not null,
    lot_number            varchar(100),
    customer_organisation varchar(300) not null,
    site                  varchar(300)
);

create index known_device_lot_model on known_device (lot_number, model);

create table known_contract (
    contract_id           uuid primary key,
    customer_organisation varchar(300) not null,
    starts_on             date,
    ends_on               date,
    terminated            boolean      not null default false,
    -- The whole contract.activated.v1 payload, read for its complaint terms and calendar.
    terms                 jsonb        not null
);

create index known_contract_organisation on known_contract (customer_organisation);

create table known_contract_device (
    contract_id   uuid         not null references known_contract (contract_id),
    serial_number varchar(100) not null,
    primary key (contract_id, serial_number)
);

create index known_contract_device_serial on known_contract_device (serial_number);
