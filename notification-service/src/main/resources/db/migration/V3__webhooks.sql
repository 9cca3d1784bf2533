-- Partner systems' webhook endpoints (Standard Webhooks): the events they want, their signing secrets (the previous
-- one still signs until previous_secret_until, so a rotation overlaps), and whether deliveries still go out.
create table webhook_endpoint (
    id                    uuid primary key,
    organisation          varchar(255)  not null,
    url                   varchar(2000) not null,
    event_types           varchar(128)[] not null,
    secret                varchar(128)  not null,
    previous_secret       varchar(128),
    previous_secret_until timestamptz,
    enabled               boolean       not null,
    disabled_reason       varchar(1000),
    created_by            varchar(255)  not null,
    created_at            timestamptz   not null,
    version               bigint        not null
);

create index webhook_endpoint_organisation on webhook_endpoint (organisation);
