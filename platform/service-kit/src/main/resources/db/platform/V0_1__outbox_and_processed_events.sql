-- Shared by every service (platform/service-kit). Versions below 1 are the platform's;
-- a service's own migrations start at V1.

-- Transactional outbox, in Debezium's outbox layout (id, aggregatetype, aggregateid, type, payload,
-- timestamp) so that CDC can replace the in-process relay. payload is the whole CloudEvent.
create table outbox_event (
    id            uuid primary key,
    aggregatetype varchar(64)  not null,
    aggregateid   varchar(128) not null,
    type          varchar(128) not null,
    payload       jsonb        not null,
    timestamp     timestamptz  not null,
    sequence      bigint generated always as identity unique,
    published_at  timestamptz
);

-- The relay reads the oldest unpublished events; this index holds only those.
create index outbox_event_unpublished on outbox_event (sequence) where published_at is null;

-- Idempotent consumers: the ids of the events already applied, written in the same transaction
-- as the effect.
create table processed_event (
    event_id     uuid primary key,
    event_type   varchar(128) not null,
    processed_at timestamptz  not null
);
