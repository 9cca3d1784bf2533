-- 三包 claims: the facts as decided and the engine's decision, stored as answered (never changed).
create table sanbao_claim (
    id                    uuid primary key,
    device_id             uuid          not null references device (id),
    customer_organisation varchar(255)  not null,
    product               varchar(100)  not null,
    component             varchar(100)  not null,
    fault_code            varchar(100)  not null,
    claimed_at            timestamptz   not null,
    remedy                varchar(32)   not null,
    policy_id             varchar(100)  not null,
    rule_id               varchar(100)  not null,
    document              jsonb         not null,
    created_by            varchar(255)  not null,
    created_at            timestamptz   not null
);

create index sanbao_claim_device on sanbao_claim (device_id, created_at desc);

-- Remedy-due watch: the remedy the engine gave at the last evaluation of a device's component and fault after a
-- resolved ticket. aftersales.device.remedy-due.v1 is published when it turns into EXCHANGE or REFUND from anything
-- else (or from no evaluation), so once per threshold crossing.
create table remedy_watch (
    device_id      uuid          not null references device (id),
    component      varchar(100)  not null,
    fault_code     varchar(100)  not null,
    remedy         varchar(32),
    policy_id      varchar(100),
    rule_id        varchar(100),
    last_ticket_id uuid,
    evaluated_at   timestamptz,
    primary key (device_id, component, fault_code)
);
