create table notification (
    id                    uuid primary key,
    customer_organisation varchar(255) not null,
    event_type            varchar(128) not null,
    event_id              uuid         not null,
    subject               varchar(128) not null,
    title                 varchar(255) not null,
    body                  varchar(2000) not null,
    created_at            timestamptz  not null
);

create index notification_customer_organisation on notification (customer_organisation, created_at desc);
