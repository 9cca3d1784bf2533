-- ADR 0028: a serial stands once among the registered devices; a registration of a serial another organisation holds
-- is kept as a pending claim (no event) that vendor staff resolve. Rejected and superseded devices leave the
-- installed base (404 for everyone), their history stays on them.
alter table device add column registration varchar(16) not null default 'REGISTERED'
    check (registration in ('REGISTERED', 'PENDING', 'REJECTED', 'SUPERSEDED'));
alter table device add column resolved_by varchar(200);
alter table device add column resolved_at timestamptz;
alter table device add column resolution_reason varchar(2000);
alter table device drop constraint device_serial_number_key;
create unique index device_serial_registered on device (serial_number) where registration = 'REGISTERED';
create index device_serial on device (serial_number);
