-- 旧件: the faulty part taken out on a repair, expected back, received, tested, then scrapped, repaired into stock or
-- sent to the manufacturer (RMA).
create table old_part (
    id                    uuid          primary key,
    ticket_id             uuid          not null,
    customer_organisation varchar(300),
    device_serial         varchar(100),
    device_id             uuid,
    part_number           varchar(40)   not null references part (part_number),
    serial_number         varchar(100),
    reservation_id        uuid          unique,
    engineer              varchar(100)  not null,
    partner_organisation  varchar(300),
    status                varchar(30)   not null,
    expected_by           timestamptz   not null,
    created_at            timestamptz   not null,
    warehouse_id          uuid          references warehouse (id),
    received_by           varchar(100),
    received_at           timestamptz,
    verdict               varchar(30),
    cause                 varchar(60),
    test_reason           varchar(2000),
    tested_by             varchar(100),
    tested_at             timestamptz,
    rma_number            varchar(60),
    rma_shipment          varchar(200),
    rma_outcome           varchar(20),
    note                  varchar(1000),
    closed_by             varchar(100),
    closed_at             timestamptz,
    version               bigint        not null
);

create index old_part_ticket on old_part (ticket_id);
-- The overdue list: what is still expected, by when.
create index old_part_expected on old_part (expected_by) where status = 'EXPECTED';
