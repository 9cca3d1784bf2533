-- parts-service: the part catalogue, the locations that hold stock, and the stock ledger.

-- 备件目录: a part by its part number; a superseded part names the newer part number that replaces it.
create table part (
    part_number      varchar(40)   primary key,
    name_zh          varchar(200)  not null,
    name_en          varchar(200),
    category         varchar(20)   not null check (category in ('HOST_EQUIPMENT', 'PART', 'CONSUMABLE')),
    unit             varchar(20)   not null,
    unit_cost        numeric(14, 2) check (unit_cost >= 0),
    contract_price   numeric(14, 2) check (contract_price >= 0),
    serial_tracked   boolean       not null,
    superseded_by    varchar(40)   references part (part_number),
    created_by       varchar(100)  not null,
    created_at       timestamptz   not null,
    version          bigint        not null,
    constraint part_not_superseded_by_itself check (superseded_by <> part_number)
);

-- The device models a part fits.
create table part_model (
    part_number varchar(40)  not null references part (part_number),
    model       varchar(100) not null,
    primary key (part_number, model)
);

-- 仓库: a location holding stock. organisation is null for the vendor's own; a partner's are the partner's.
create table warehouse (
    id           uuid          primary key,
    code         varchar(40)   not null unique,
    name         varchar(200)  not null,
    kind         varchar(20)   not null check (kind in ('CENTRAL', 'REGIONAL', 'VAN', 'CUSTOMER_SITE')),
    organisation varchar(300),
    region       varchar(100)  not null,
    address      varchar(500)  not null,
    engineer     varchar(100),
    created_by   varchar(100)  not null,
    created_at   timestamptz   not null,
    version      bigint        not null,
    constraint warehouse_van_has_engineer check ((kind = 'VAN') = (engineer is not null))
);

create index warehouse_organisation on warehouse (organisation);

-- Stock per part and location, derived from the ledger and changed only with a ledger entry in the same
-- transaction. The checks are the last line against overselling: reserved stock never exceeds what is on hand.
create table stock_level (
    part_number  varchar(40) not null references part (part_number),
    warehouse_id uuid        not null references warehouse (id),
    on_hand      integer     not null check (on_hand >= 0),
    reserved     integer     not null check (reserved >= 0),
    in_transit   integer     not null check (in_transit >= 0),
    primary key (part_number, warehouse_id),
    constraint stock_level_reserved_on_hand check (reserved <= on_hand)
);

-- 台账: every movement of stock, with what it changed, who, when, why and the ticket it serves.
create table stock_movement (
    id                uuid         primary key,
    sequence          bigint       generated always as identity unique,
    part_number       varchar(40)  not null references part (part_number),
    warehouse_id      uuid         not null references warehouse (id),
    kind              varchar(20)  not null,
    quantity          integer      not null check (quantity > 0),
    on_hand_change    integer      not null,
    reserved_change   integer      not null,
    in_transit_change integer      not null,
    ticket_id         uuid,
    reservation_id    uuid,
    transfer_id       uuid,
    serial_number     varchar(100),
    reason            varchar(500),
    recorded_by       varchar(100) not null,
    recorded_at       timestamptz  not null
);

create index stock_movement_stock on stock_movement (part_number, warehouse_id, sequence);
create index stock_movement_ticket on stock_movement (ticket_id) where ticket_id is not null;
