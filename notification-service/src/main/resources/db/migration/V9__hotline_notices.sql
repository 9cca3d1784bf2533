-- Hotline change notices (服务热线变更通知, seed 000): announced at least 3 days ahead to the customers concerned.
create table hotline_notice (
    id              uuid primary key,
    event_id        uuid         not null unique,
    kind            varchar(16)  not null,
    number          varchar(32)  not null,
    previous_number varchar(32),
    effective_at    timestamptz  not null,
    organisations   text         not null,
    announced_by    varchar(255) not null,
    announced_at    timestamptz  not null
);
create index hotline_notice_announced on hotline_notice (announced_at desc);
