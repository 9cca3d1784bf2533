-- 合同终止: a contract terminated before its end applies up to its last day in force.
alter table contract add column last_day_in_force date;
alter table contract add column termination_reason varchar(1000);
alter table contract add column terminated_by varchar(255);
alter table contract add column terminated_at timestamp with time zone;
