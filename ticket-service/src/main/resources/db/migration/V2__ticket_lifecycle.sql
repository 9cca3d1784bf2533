-- The lifecycle of seed 000's response flow: status changes with who, when and why.
alter table ticket add column waiting_in varchar(32);
alter table ticket add column reason varchar(2000);
alter table ticket add column resolved_at timestamptz;
alter table ticket add column updated_at timestamptz;
update ticket set updated_at = created_at;
alter table ticket alter column updated_at set not null;

create table ticket_transition (
    id          uuid primary key,
    ticket_id   uuid         not null references ticket (id),
    action      varchar(32)  not null,
    from_status varchar(32)  not null,
    to_status   varchar(32)  not null,
    reason      varchar(2000),
    changed_by  varchar(255) not null,
    changed_at  timestamptz  not null
);

create index ticket_transition_ticket on ticket_transition (ticket_id, changed_at);
