-- Why a clock stopped: only a clock a reclassification took away may be revived by a later one.
alter table ticket_clock add column stopped_because varchar(32);
update ticket_clock c set stopped_because = case
        when exists (select 1 from ticket t where t.id = c.ticket_id and t.status = 'CANCELLED') then 'CANCELLED'
        else 'RESOLVED_WITHOUT_VISIT' end
    where stopped_at is not null;

-- A breach is a permanent fact: a reclassification marks it withdrawn, never deletes it.
alter table sla_breach add column withdrawn_at timestamp with time zone;
alter table sla_breach add column withdrawn_by varchar(255);
alter table sla_breach add column withdrawal_reason varchar(1000);

-- What a waiting ticket waits for, on the ticket and on each WAIT of its history (parts-waiting time is counted
-- from it); whether the device went back to the factory; whether the fault stopped the customer's work.
alter table ticket add column waiting_for varchar(32);
alter table ticket add column return_to_factory boolean not null default false;
alter table ticket add column stopped_work boolean;
alter table ticket_transition add column waiting_for varchar(32);
