-- A clock is written by requests and by its timers: optimistic locking keeps either from undoing the other.
alter table ticket_clock add column version bigint not null default 0;
