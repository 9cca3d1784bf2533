-- Promise deadlines (platform/service-kit, org.aftersales.platform.deadline): one per kind and subject, fired by the
-- persistent timers of V0_2 (kinds deadline-warning and deadline-breach, subject the deadline's id).
create table deadline (
    id              uuid primary key,
    kind            varchar(64)  not null,
    subject         varchar(255) not null,
    -- The promise as written: an ISO-8601 duration of business time (PT4H) or "3 working days".
    promise         varchar(64)  not null,
    -- The calendar it counts on: "ALWAYS Asia/Shanghai" or "08:30-17:30 Asia/Shanghai".
    calendar        varchar(96)  not null,
    warning_percent integer      not null check (warning_percent between 1 and 100),
    responsible     varchar(255),
    started_at      timestamptz  not null,
    warning_at      timestamptz,
    due_at          timestamptz  not null,
    guessed         boolean      not null,
    state           varchar(16)  not null
        check (state in ('RUNNING', 'WARNING', 'MET', 'MET_LATE', 'BREACHED', 'CANCELLED')),
    met_at          timestamptz,
    updated_at      timestamptz  not null,
    constraint deadline_kind_subject unique (kind, subject)
);

create index deadline_subject on deadline (subject);

-- 超时记录: a breach is a permanent fact. It is never deleted (the trigger refuses it); it may be marked withdrawn.
create table deadline_breach (
    id                uuid primary key,
    deadline_id       uuid         not null references deadline (id),
    kind              varchar(64)  not null,
    subject           varchar(255) not null,
    promise           varchar(64)  not null,
    responsible       varchar(255),
    started_at        timestamptz  not null,
    promised_at       timestamptz  not null,
    breached_at       timestamptz  not null,
    actual_at         timestamptz,
    withdrawn_at      timestamptz,
    withdrawn_by      varchar(255),
    withdrawal_reason varchar(1000),
    constraint deadline_breach_withdrawal check ((withdrawn_at is null) = (withdrawn_by is null))
);

create index deadline_breach_subject on deadline_breach (subject);
create index deadline_breach_deadline on deadline_breach (deadline_id);

create function deadline_breach_is_permanent() returns trigger language plpgsql as $$
begin
    raise exception 'a deadline breach is a permanent fact: mark it withdrawn instead of deleting it';
end
$$;

create trigger deadline_breach_permanent before delete on deadline_breach
    for each row execute function deadline_breach_is_permanent();
