-- 满意度调查: one survey per closed ticket, answered once through a signed link, and its scores per question.

create table survey (
    id                    uuid primary key,
    ticket_id             uuid         not null unique,
    customer_organisation varchar(255) not null,
    -- The partner organisation above the customer (the customer's own when it has none above): the report's group.
    partner_organisation  varchar(255) not null,
    device_serial         varchar(255),
    engineer              varchar(255),
    -- SHA-256 (hex) of the link's token; the token itself is never stored.
    token_hash            varchar(64)  not null unique,
    state                 varchar(16)  not null check (state in ('SENT', 'ANSWERED')),
    sent_at               timestamptz  not null,
    expires_at            timestamptz  not null,
    answered_at           timestamptz,
    overall               integer check (overall between 1 and 5),
    low_score             boolean,
    comment               varchar(2000),
    version               integer      not null default 0
);

create index survey_answered on survey (answered_at) where state = 'ANSWERED';
create index survey_organisation on survey (customer_organisation);

create table survey_score (
    survey_id   uuid        not null references survey (id),
    question_id varchar(64) not null,
    score       integer     not null check (score between 1 and 5),
    primary key (survey_id, question_id)
);
