-- 序列号管理: each unit of a serial-tracked part, where it is and in what state. Kept by the ledger in the same
-- transaction as the entry that moves it (ADR 0035); the entries are its history. One row per part and serial: a
-- serial is unique per part, and a unit is in one place (one warehouse, one state) at a time.
create table stock_unit (
    part_number    varchar(40)  not null references part (part_number),
    serial_number  varchar(100) not null,
    warehouse_id   uuid         not null references warehouse (id),
    state          varchar(20)  not null
        check (state in ('IN_STOCK', 'RESERVED', 'IN_TRANSIT', 'ISSUED', 'LENT', 'CONSUMED', 'SCRAPPED', 'MISSING')),
    -- The reservation that holds, issued or consumed it; the transfer it is on its way with.
    reservation_id uuid,
    transfer_id    uuid,
    updated_at     timestamptz  not null,
    primary key (part_number, serial_number),
    constraint stock_unit_reservation check ((state in ('RESERVED', 'ISSUED', 'CONSUMED')) = (reservation_id is not null)),
    constraint stock_unit_transfer check ((state = 'IN_TRANSIT') = (transfer_id is not null))
);

-- The units at a location, for the stock query and the reconciliation.
create index stock_unit_location on stock_unit (warehouse_id, part_number, state);
create index stock_unit_transfer_id on stock_unit (transfer_id) where transfer_id is not null;

-- 盘点 by serial: the units the books held (book) and those found (found) when a serial-tracked part was counted.
create table stock_count_serial (
    count_id      uuid         not null,
    part_number   varchar(40)  not null,
    serial_number varchar(100) not null,
    book          boolean      not null,
    found         boolean      not null,
    primary key (count_id, part_number, serial_number),
    foreign key (count_id, part_number) references stock_count_line (count_id, part_number),
    constraint stock_count_serial_book_or_found check (book or found)
);
