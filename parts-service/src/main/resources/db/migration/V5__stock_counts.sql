-- 盘点: periodic stock counts per location. While a count is open its location is frozen: the ledger refuses every
-- movement there, so the book the count compares with stands still.
alter table warehouse add column counting boolean not null default false;

create table stock_count (
    id           uuid         primary key,
    warehouse_id uuid         not null references warehouse (id),
    status       varchar(20)  not null,
    opened_by    varchar(100) not null,
    opened_at    timestamptz  not null,
    approved_by  varchar(100),
    approved_at  timestamptz,
    version      bigint       not null
);

-- One open count per location.
create unique index stock_count_open on stock_count (warehouse_id) where status = 'OPEN';

create table stock_count_line (
    count_id    uuid         not null references stock_count (id),
    part_number varchar(40)  not null references part (part_number),
    book        integer      not null,
    counted     integer      not null check (counted >= 0),
    counted_by  varchar(100) not null,
    counted_at  timestamptz  not null,
    primary key (count_id, part_number)
);
