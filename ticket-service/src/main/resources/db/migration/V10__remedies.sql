-- 三包 remedies (exchange 更换 or refund 退货) that warranty-service declared due (aftersales.device.remedy-due.v1),
-- each kept as a fact on the ticket it was put on: the device's open fault ticket, or one raised for it.

-- The remedy last fallen due on a ticket, shown with the ticket without a query per view.
alter table ticket add column remedy_due varchar(16);

-- The ticket reference is checked at commit, so a remedy is claimed before the ticket raised for it is written.
create table ticket_remedy (
    id                    uuid          primary key,
    ticket_id             uuid          not null references ticket (id) deferrable initially deferred,
    created_ticket        boolean       not null,
    customer_organisation varchar(255)  not null,
    device_id             uuid          not null,
    device_serial         varchar(64)   not null,
    product               varchar(255),
    component             varchar(255)  not null,
    fault_code            varchar(255)  not null,
    remedy                varchar(16)   not null,
    options               text[]        not null,
    repairs_counted       integer       not null,
    policy_id             varchar(255)  not null,
    rule_id               varchar(255)  not null,
    reason_zh             text,
    reason_en             text,
    source_ticket_id      uuid          not null,
    due_at                timestamptz   not null,
    event_id              uuid          not null,
    recorded_at           timestamptz   not null,
    -- Applied once even when warranty-service publishes the same crossing again under a new event id.
    constraint ticket_remedy_once unique (source_ticket_id, remedy, component, fault_code)
);

create index ticket_remedy_by_ticket on ticket_remedy (ticket_id, due_at);
