-- Minimum stock (最低库存) per part and location, and the reorder alerts raised when available stock falls below it.
create table minimum_stock (
    part_number  varchar(40)  not null references part (part_number),
    warehouse_id uuid         not null references warehouse (id),
    minimum      integer      not null check (minimum >= 0),
    set_by       varchar(100) not null,
    set_at       timestamptz  not null,
    primary key (part_number, warehouse_id)
);

create table reorder_alert (
    id                 uuid         primary key,
    part_number        varchar(40)  not null references part (part_number),
    warehouse_id       uuid         not null references warehouse (id),
    available          integer      not null,
    minimum            integer      not null,
    suggested_quantity integer      not null,
    raised_at          timestamptz  not null,
    cleared_at         timestamptz
);

-- One open alert per part and location.
create unique index reorder_alert_open on reorder_alert (part_number, warehouse_id) where cleared_at is null;
