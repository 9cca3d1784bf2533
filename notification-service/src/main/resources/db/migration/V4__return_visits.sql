-- 回访: what the service keeps of contracts (their return-visit term after a closed service) and the visits owed.

-- One row per device a contract names; a contract naming none has one row, device_serial '', for its organisation.
create table contract_return_visit_term (
    contract_id           uuid         not null,
    customer_organisation varchar(255) not null,
    device_serial         varchar(255) not null,
    -- The promise as the deadline kit writes it: "3 working days" or an ISO-8601 duration (PT48H).
    promise               varchar(64)  not null,
    activated_at          timestamptz  not null
);

create index contract_return_visit_term_serial on contract_return_visit_term (device_serial);
create index contract_return_visit_term_organisation on contract_return_visit_term (customer_organisation);
create index contract_return_visit_term_contract on contract_return_visit_term (contract_id);

create table return_visit (
    id                    uuid primary key,
    ticket_id             uuid         not null unique,
    customer_organisation varchar(255) not null,
    device_serial         varchar(255),
    engineer              varchar(255),
    promise               varchar(64)  not null,
    state                 varchar(16)  not null check (state in ('OPEN', 'RECORDED')),
    due_at                timestamptz  not null,
    attempts              integer      not null default 0,
    reached               boolean,
    satisfied             boolean,
    follow_up             varchar(16) check (follow_up in ('NONE', 'COMPLAINT', 'REOPEN_TICKET')),
    customer_words        varchar(2000),
    recorded_by           varchar(255),
    recorded_at           timestamptz,
    closed_at             timestamptz  not null,
    version               integer      not null default 0
);

create index return_visit_queue on return_visit (state, due_at);
create index return_visit_organisation on return_visit (customer_organisation);
