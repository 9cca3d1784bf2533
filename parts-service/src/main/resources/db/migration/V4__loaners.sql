-- 备机: backup units (serial-tracked units in stock) lent to a ticket's customer, tracked and recovered.
create table loaner (
    id                    uuid          primary key,
    ticket_id             uuid          not null,
    customer_organisation varchar(300),
    part_number           varchar(40)   not null references part (part_number),
    serial_number         varchar(100)  not null,
    warehouse_id          uuid          not null references warehouse (id),
    partner_organisation  varchar(300),
    reason                varchar(30)   not null,
    note                  varchar(1000),
    status                varchar(20)   not null,
    lent_by               varchar(100)  not null,
    lent_at               timestamptz   not null,
    due_back              timestamptz   not null,
    overdue               boolean       not null,
    recovered_by          varchar(100),
    recovered_at          timestamptz,
    recovered_to          uuid          references warehouse (id),
    days_on_loan          integer,
    version               bigint        not null
);

-- A unit is out on one loan at a time: a second concurrent loan of the same serial is refused by the database.
create unique index loaner_unit_out on loaner (part_number, serial_number) where status = 'LENT';
create index loaner_ticket on loaner (ticket_id);
