-- What notification-service knows of each ticket, from ticket-service's events: whom to tell about it.
create table ticket_view (
    ticket_id             uuid primary key,
    customer_organisation varchar(255) not null,
    device_serial         varchar(128) not null,
    fault_level           varchar(16),
    contact_name          varchar(255) not null,
    contact_phone         varchar(64)  not null,
    assigned_engineer     varchar(255),
    status                varchar(32)  not null,
    updated_at            timestamptz  not null
);

-- Every message: one per (event, recipient, channel), whatever the redeliveries and restarts.
create table message (
    id                    uuid primary key,
    event_id              uuid         not null,
    event_type            varchar(128) not null,
    subject               varchar(255) not null,
    customer_organisation varchar(255) not null,
    recipient             varchar(255) not null,
    address               varchar(320) not null,
    channel               varchar(16)  not null,
    template              varchar(160) not null,
    language              varchar(8)   not null,
    title                 varchar(255) not null,
    body                  text         not null,
    state                 varchar(16)  not null,
    attempts              integer      not null,
    created_at            timestamptz  not null,
    finished_at           timestamptz,
    constraint message_event_recipient_channel unique (event_id, recipient, channel)
);

create index message_recipient on message (recipient, created_at desc);

-- Each try to hand a message to its channel's provider. An attempt is written (STARTED) before the provider is
-- called and given its outcome after: one left STARTED was cut off between the two and is reconciled.
create table message_attempt (
    id          uuid primary key,
    message_id  uuid         not null references message (id),
    number      integer      not null,
    started_at  timestamptz  not null,
    finished_at timestamptz,
    outcome     varchar(16)  not null,
    detail      varchar(1000),
    constraint message_attempt_number unique (message_id, number)
);

-- The in-app inbox: addressed to one person, or (recipient null) to everybody of the customer organisation.
alter table notification add column recipient varchar(255);
alter table notification add column read_at timestamptz;
alter table notification add column message_id uuid unique;
create index notification_recipient on notification (recipient, created_at desc);
