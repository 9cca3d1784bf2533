create table ticket (
    id                    uuid primary key,
    customer_organisation varchar(255)  not null,
    device_serial         varchar(64)   not null,
    description           varchar(4000) not null,
    fault_level           varchar(16)   not null,
    contact_name          varchar(100)  not null,
    contact_phone         varchar(40)   not null,
    status                varchar(32)   not null,
    created_by            varchar(255)  not null,
    created_at            timestamptz   not null,
    version               bigint        not null
);

create index ticket_customer_organisation on ticket (customer_organisation);
