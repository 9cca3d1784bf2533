-- Issue 11: the spare parts and backup units parts-service delivers on site for a ticket (备品备件), as its
-- spare-request events last said; shown on the ticket.
create table ticket_spare_request (
    request_id     uuid primary key,
    ticket_id      uuid         not null,
    part_number    varchar(64),
    model          varchar(100),
    quantity       integer      not null,
    warehouse_id   uuid,
    deadline       timestamptz  not null,
    state          varchar(16)  not null,
    deadline_state varchar(16),
    changed_by     varchar(255),
    changed_at     timestamptz  not null
);
create index ticket_spare_request_ticket on ticket_spare_request (ticket_id);
