-- Event reliability (platform/service-kit, ADR 0011).

-- Idempotent consumers: an event id is applied once per consumer (two consumers of one service may both need it).
-- Ids recorded before this migration belong to the consumer every unnamed EventHandlers uses: "default".
alter table processed_event add column consumer varchar(128) not null default 'default';
alter table processed_event alter column consumer drop default;
alter table processed_event drop constraint processed_event_pkey;
alter table processed_event add primary key (consumer, event_id);
-- Pruning reads the oldest ids.
create index processed_event_processed_at on processed_event (processed_at);

-- Dead letters: the events a consumer gave up on, with why, until an operator replays them.
create table dead_letter (
    id               uuid primary key,
    consumer         varchar(128)  not null,
    event_id         uuid,
    event_type       varchar(128),
    subject          varchar(255),
    message          text          not null,
    reason           varchar(4000) not null,
    attempts         integer       not null,
    dead_lettered_at timestamptz   not null,
    replayed_at      timestamptz,
    replayed_by      varchar(255)
);

create index dead_letter_newest on dead_letter (dead_lettered_at desc);

-- Outbox: an event the broker refuses for good is parked with its reason, and the relay goes on with later ones.
alter table outbox_event add column attempts integer not null default 0;
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column park_reason varchar(4000);
drop index outbox_event_unpublished;
create index outbox_event_unpublished on outbox_event (sequence) where published_at is null and parked_at is null;
create index outbox_event_parked on outbox_event (sequence) where parked_at is not null;
