-- Reservations of stock for a ticket, and transfers between locations.

create table reservation (
    id                    uuid         primary key,
    ticket_id             uuid         not null,
    customer_organisation varchar(300),
    part_number           varchar(40)  not null references part (part_number),
    warehouse_id          uuid         not null references warehouse (id),
    quantity              integer      not null check (quantity > 0),
    purpose               varchar(20)  not null,
    reason                varchar(1000),
    status                varchar(20)  not null,
    needed_by             timestamptz,
    expires_at            timestamptz  not null,
    reserved_by           varchar(100) not null,
    reserved_at           timestamptz  not null,
    decided_by            varchar(100),
    decided_at            timestamptz,
    decision_note         varchar(1000),
    issued_to             varchar(100),
    serial_number         varchar(100),
    released_reason       varchar(20),
    closed_by             varchar(100),
    closed_at             timestamptz,
    version               bigint       not null
);

create index reservation_ticket on reservation (ticket_id);

create table transfer (
    id                  uuid         primary key,
    part_number         varchar(40)  not null references part (part_number),
    from_warehouse_id   uuid         not null references warehouse (id),
    to_warehouse_id     uuid         not null references warehouse (id),
    quantity            integer      not null check (quantity > 0),
    reason              varchar(500),
    ticket_id           uuid,
    status              varchar(20)  not null,
    sent_by             varchar(100) not null,
    sent_at             timestamptz  not null,
    received_by         varchar(100),
    received_at         timestamptz,
    version             bigint       not null,
    constraint transfer_between_two_locations check (from_warehouse_id <> to_warehouse_id)
);

-- What parts-service knows of each ticket from ticket-service's events: its tenant and its engineer.
create table ticket_copy (
    ticket_id             uuid         primary key,
    customer_organisation varchar(300) not null,
    device_serial         varchar(100),
    device_id             uuid,
    assigned_engineer     varchar(100),
    status                varchar(30)  not null,
    updated_at            timestamptz  not null
);
