-- Periodic return visits (定期回访, seed 001: key customers at least yearly, 3 times a year) and what the service keeps
-- of warranty-service's customer archive (客户档案: whom to call, key customers).

create table customer_copy (
    organisation varchar(255) primary key,
    name         varchar(255) not null,
    key_customer boolean      not null,
    -- The archive's contacts as a JSON array of {name, department, phone, email, role}.
    contacts     jsonb        not null,
    version      bigint       not null,
    changed_at   timestamptz  not null
);

-- One row per PERIODIC return-visit term of a contract (term_index: its place among the contract's terms).
create table contract_periodic_visit_term (
    contract_id           uuid         not null,
    term_index            integer      not null,
    customer_organisation varchar(255) not null,
    starts_on             date         not null,
    ends_on               date,
    times_per_year        integer      not null check (times_per_year between 1 and 52),
    key_customers_only    boolean      not null,
    primary key (contract_id, term_index)
);

create index contract_periodic_visit_term_organisation on contract_periodic_visit_term (customer_organisation);

alter table return_visit
    add column reason varchar(16) not null default 'SERVICE_CLOSED' check (reason in ('SERVICE_CLOSED', 'PERIODIC')),
    add column contract_id uuid,
    add column term_index integer,
    add column sequence integer,
    add column period_starts_on date,
    add column period_ends_on date,
    alter column ticket_id drop not null,
    alter column closed_at drop not null,
    drop constraint return_visit_state_check,
    add constraint return_visit_state_check check (state in ('OPEN', 'RECORDED', 'CANCELLED')),
    add constraint return_visit_reason_fields check (
        (reason = 'SERVICE_CLOSED' and ticket_id is not null and closed_at is not null and contract_id is null)
        or (reason = 'PERIODIC' and ticket_id is null and contract_id is not null and term_index is not null
            and sequence is not null and period_starts_on is not null and period_ends_on is not null));

alter table return_visit alter column reason drop default;

-- A contract's periodic visit is owed once, however often its contract or customer events arrive (a cancelled one may
-- be owed again, when its customer becomes a key customer again).
create unique index return_visit_periodic on return_visit (contract_id, term_index, sequence)
    where reason = 'PERIODIC' and state <> 'CANCELLED';
