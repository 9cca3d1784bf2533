-- 召回: a recall of production batches and models, and every affected device found in the installed-base copy.
create table recall (
    id               uuid primary key,
    lot_numbers      text[]       not null,
    models           text[]       not null,
    reason           varchar(2000) not null,
    remedy           varchar(2000) not null,
    deadline         timestamptz  not null,
    complaint_id     uuid references complaint (id),
    status           varchar(16)  not null,
    affected_devices integer      not null,
    started_by       varchar(100) not null,
    started_at       timestamptz  not null,
    closed_by        varchar(100),
    closed_at        timestamptz,
    close_reason     varchar(2000),
    version          bigint       not null
);

create index recall_by_complaint on recall (complaint_id);

create table recall_device (
    recall_id             uuid         not null references recall (id),
    device_id             uuid         not null,
    serial_number         varchar(100) not null,
    model                 varchar(200) not null,
    lot_number            varchar(100) not null,
    customer_organisation varchar(300) not null,
    state                 varchar(16)  not null,
    note                  varchar(2000),
    changed_by            varchar(100),
    changed_at            timestamptz  not null,
    version               bigint       not null,
    primary key (recall_id, device_id)
);

create index recall_device_by_state on recall_device (recall_id, state);
