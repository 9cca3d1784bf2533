-- parts-service's copy of warranty-service's installed base and contracts is the platform's building block (ADR 0030,
-- 0034): known_device counts the installed base a minimum stock rule takes a share of; known_contract replaces
-- contract_copy (one copy of each contract, its terms kept whole). A deployment that ran V7 replays aftersales.contract
-- for group parts-service (the contract handlers now apply under the consumer name installed-base).
create table known_device (
    serial_number         varchar(100) primary key,
    device_id             uuid         not null,
    customer_organisation varchar(300) not null,
    model                 varchar(200) not null,
    brand                 varchar(200) not null,
    lot_number            varchar(100),
    site                  varchar(300),
    acceptance_date       date,
    replaced_by_serial    varchar(100)
);

create index known_device_model on known_device (model);
create index known_device_device_id on known_device (device_id);

create table known_contract (
    contract_id           uuid          primary key,
    contract_number       varchar(64),
    customer_organisation varchar(300)  not null,
    starts_on             date,
    ends_on               date,
    zone                  varchar(64)   not null default 'Asia/Shanghai',
    last_day_in_force     date,
    termination_reason    varchar(1000),
    -- The whole contract.activated.v1 payload: spares.delivery and warningAtPercent start a spare request's deadline.
    terms                 jsonb         not null
);

create index known_contract_organisation on known_contract (customer_organisation);

create table known_contract_device (
    contract_id   uuid         not null references known_contract (contract_id),
    serial_number varchar(100) not null,
    primary key (contract_id, serial_number)
);

create index known_contract_device_serial on known_contract_device (serial_number);

drop table contract_copy_device;
drop table contract_copy;

-- A minimum stock rule is an absolute minimum or a share (percent) of the installed base the location serves.
alter table minimum_stock alter column minimum drop not null;
alter table minimum_stock add column installed_base_share numeric(5, 2)
    check (installed_base_share between 0 and 100);
alter table minimum_stock add constraint minimum_stock_one_rule
    check ((minimum is null) <> (installed_base_share is null));

-- 补货单: what was ordered for a location and how much of it arrived. The database keeps what is received within
-- what was ordered, however many receipts race.
create table replenishment_order (
    id                uuid          primary key,
    part_number       varchar(40)   not null references part (part_number),
    warehouse_id      uuid          not null references warehouse (id),
    quantity          integer       not null check (quantity > 0),
    received          integer       not null default 0,
    status            varchar(20)   not null
        check (status in ('OPEN', 'PARTLY_RECEIVED', 'RECEIVED', 'CANCELLED')),
    supplier          varchar(200),
    from_warehouse_id uuid          references warehouse (id),
    reorder_alert_id  uuid          references reorder_alert (id),
    reason            varchar(1000),
    ordered_by        varchar(100)  not null,
    ordered_at        timestamptz   not null,
    cancelled_by      varchar(100),
    cancelled_at      timestamptz,
    check (received >= 0 and received <= quantity),
    check (supplier is null or from_warehouse_id is null)
);

create index replenishment_order_warehouse on replenishment_order (warehouse_id, status);
create index replenishment_order_alert on replenishment_order (reorder_alert_id);

-- A RECEIPT of a replenishment order (and, when it is filled from another location, the TRANSFER_OUT there).
alter table stock_movement add column replenishment_order_id uuid references replenishment_order (id);
