-- The contract's loaner and spares terms in parts-service (ADR 0036), and a registration's quantity in the installed
-- base counts.

-- How many units a device of the installed base stands for (DeviceRegistered.quantity). A device registered before V10
-- has no row and counts as one until aftersales.device is replayed for group parts-service.
create table known_device_quantity (
    serial_number varchar(100) primary key,
    quantity      integer      not null check (quantity > 0)
);

-- A minimum stock rule may take the share each installed device's contract sets (spares.minimumLocalStockPercent,
-- else aftersales.parts.minimum-local-stock-percent): exactly one of an absolute minimum, a share, the contracts'
-- shares.
alter table minimum_stock add column contract_share boolean not null default false;
alter table minimum_stock drop constraint minimum_stock_one_rule;
alter table minimum_stock add constraint minimum_stock_one_rule
    check ((minimum is not null)::int + (installed_base_share is not null)::int + contract_share::int = 1);

-- What a loan was lent on: the repair it covers and the contract whose loaner term lent it (null: the default term).
alter table loaner add column expected_repair varchar(40);
alter table loaner add column returned_to_factory boolean;
alter table loaner add column contract_id uuid;

-- One backup unit out per ticket (its one device under repair): a second concurrent loan for the ticket is refused by
-- the database, however many race. A deployment with a ticket holding two units recovers one before V10.
create unique index loaner_ticket_out on loaner (ticket_id) where status = 'LENT';
