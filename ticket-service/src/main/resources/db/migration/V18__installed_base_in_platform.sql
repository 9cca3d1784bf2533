-- The installed-base copy is the platform's building block (ADR 0030): one entity for ticket-service and
-- complaint-service, so this copy gains the columns complaint-service's had (lot number and site of a device).
alter table known_device add column lot_number varchar(100);
alter table known_device add column site varchar(300);
