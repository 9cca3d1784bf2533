-- 客户档案: customer organisations (named by their tenancy path, ADR 0005) and their sites (现场/使用地点).
create table customer (
    id            uuid primary key,
    organisation  varchar(255)  not null unique,
    name          varchar(200)  not null,
    short_name    varchar(100),
    -- [{name, department, phone, email, role}]: the people to call (电话支持记录单: caller, department, phone).
    contacts      jsonb         not null,
    key_customer  boolean       not null,
    notes         varchar(2000),
    registered_by varchar(255)  not null,
    registered_at timestamptz   not null,
    updated_by    varchar(255),
    updated_at    timestamptz,
    version       bigint        not null
);

create index customer_key_customer on customer (key_customer) where key_customer;

create table site (
    id           uuid primary key,
    customer_id  uuid          not null references customer (id),
    name         varchar(200)  not null,
    address      varchar(500),
    region       varchar(100),
    -- {name, department, phone, email, role}, or null.
    contact      jsonb,
    created_by   varchar(255)  not null,
    created_at   timestamptz   not null,
    version      bigint        not null,
    constraint site_name_unique_per_customer unique (customer_id, name)
);

create index site_region on site (region);
