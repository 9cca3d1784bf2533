-- 合同: contracts binding devices to a published commitment version.
create table contract (
    id                    uuid primary key,
    number                varchar(64)  not null unique,
    customer_organisation varchar(255) not null,
    commitment_id         varchar(100) not null,
    commitment_version    integer      not null,
    starts_on             date         not null,
    ends_on               date,
    status                varchar(16)  not null,
    created_by            varchar(255) not null,
    created_at            timestamptz  not null,
    activated_at          timestamptz,
    version               bigint       not null,
    foreign key (commitment_id, commitment_version) references commitment_version (commitment_id, version)
);

create index contract_customer_organisation on contract (customer_organisation);

create table contract_device (
    contract_id uuid not null references contract (id),
    device_id   uuid not null references device (id),
    primary key (contract_id, device_id)
);

create index contract_device_device on contract_device (device_id);
