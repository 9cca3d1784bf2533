-- 备机: the backup unit owed for a ticket under its contract's loaner term, once per ticket.
create table ticket_loaner (
    ticket_id    uuid primary key references ticket (id),
    reason       varchar(255)             not null,
    due_since    timestamp with time zone not null,
    published_at timestamp with time zone not null
);
