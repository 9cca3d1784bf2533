-- What parts-service keeps of each contract in force (from warranty-service's contract events): whom it binds, the
-- devices it covers, and its spare-part promise (备品备件到场), read when a spare request starts its deadline.
create table contract_copy (
    contract_id           uuid          primary key,
    customer_organisation varchar(300)  not null,
    -- The contract's spares.delivery as a promise (PT4H, or "2 working days"); null: the contract makes none.
    spare_delivery        varchar(64),
    warning_percent       integer       check (warning_percent between 1 and 100),
    starts_on             date,
    ends_on               date,
    -- Set by contract.terminated.v1: the contract binds no request made after this day.
    last_day_in_force     date,
    activated_at          timestamptz   not null
);

create index contract_copy_organisation on contract_copy (customer_organisation);

create table contract_copy_device (
    contract_id   uuid         not null references contract_copy (contract_id) on delete cascade,
    device_serial varchar(100) not null,
    primary key (contract_id, device_serial)
);

-- 备品备件: a spare part or backup unit requested on site for a ticket; its delivery deadline is the kit's
-- (table deadline, kind spare-on-site, subject the request's id).
create table spare_request (
    id                    uuid          primary key,
    ticket_id             uuid          not null,
    customer_organisation varchar(300)  not null,
    part_number           varchar(40)   references part (part_number),
    model                 varchar(100),
    quantity              integer       not null check (quantity > 0),
    site                  varchar(500)  not null,
    -- The site's region (a warehouse's region), to rank the warehouses that can serve it; null when not given.
    region                varchar(100),
    reason                varchar(1000) not null,
    contract_id           uuid,
    status                varchar(20)   not null,
    requested_by          varchar(100)  not null,
    requested_at          timestamptz   not null,
    due_at                timestamptz   not null,
    picked_by             varchar(100),
    picked_at             timestamptz,
    warehouse_id          uuid          references warehouse (id),
    dispatched_by         varchar(100),
    dispatched_at         timestamptz,
    eta                   timestamptz,
    delivered_at          timestamptz,
    received_by           varchar(300),
    cancelled_by          varchar(100),
    cancelled_at          timestamptz,
    cancel_reason         varchar(1000),
    version               bigint        not null,
    -- A part or a backup unit of a model, exactly one.
    constraint spare_request_part_or_model check ((part_number is null) <> (model is null))
);

create index spare_request_ticket on spare_request (ticket_id);
create index spare_request_status on spare_request (status);
