-- ticket-service's tickets as complaint-service needs them: who to contact when a customer's rejection of a ticket's
-- result raises a complaint, and which complaint a ticket raised (at most one).
create table known_ticket (
    ticket_id             uuid primary key,
    customer_organisation varchar(300) not null,
    device_serial         varchar(100) not null,
    description           varchar(4000) not null,
    contact_name          varchar(200) not null,
    contact_phone         varchar(50)  not null,
    raised_complaint_id   uuid references complaint (id)
);
