-- A device's contract is no longer stored on the device (its two events race on different topics): intake derives
-- it from known_contract_device, taking the contract in force, in the contract's zone, on the day of the report.
alter table known_device drop column contract_id;
alter table known_contract add column zone varchar(64) not null default 'Asia/Shanghai';
alter table known_contract add column last_day_in_force date;
alter table known_contract add column termination_reason varchar(1000);

-- When the fault was reported (报修时间), which may be before it was typed in; the clocks start then.
alter table ticket add column reported_at timestamp with time zone;
update ticket set reported_at = created_at;
alter table ticket alter column reported_at set not null;
alter table ticket add column contract_number varchar(64);
