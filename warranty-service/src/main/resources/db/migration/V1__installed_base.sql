-- 客户档案: the installed base.
create table device (
    id                    uuid primary key,
    serial_number         varchar(64)  not null unique,
    model                 varchar(100) not null,
    brand                 varchar(100) not null,
    lot_number            varchar(64),
    quantity              integer      not null check (quantity > 0),
    customer_organisation varchar(255) not null,
    site                  varchar(200),
    invoice_date          date,
    delivery_date         date,
    acceptance_date       date,
    registered_by         varchar(255) not null,
    registered_at         timestamptz  not null,
    version               bigint       not null
);

create index device_customer_organisation on device (customer_organisation);
create index device_lot_number on device (lot_number);
