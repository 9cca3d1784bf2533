-- Idempotency-Key (platform/service-kit): the first answer to a POST per caller and key, stored in the transaction
-- that made the change, so that a retry with the same key and body gets that answer again and changes nothing.
-- Pruned after aftersales.idempotency.retention (24 h by default).
create table idempotency_key (
    caller          varchar(255) not null,
    idempotency_key varchar(255) not null,
    fingerprint     varchar(64)  not null,
    status          integer      not null,
    headers         jsonb        not null,
    body            text,
    created_at      timestamptz  not null,
    primary key (caller, idempotency_key)
);

create index idempotency_key_created_at on idempotency_key (created_at);
