-- What a ticket is about (fault, consultation, inspection) and the engineer working it.
alter table ticket add column kind varchar(16) not null default 'FAULT';
alter table ticket add column assigned_engineer varchar(255);
create index ticket_assigned_engineer on ticket (assigned_engineer) where assigned_engineer is not null;
