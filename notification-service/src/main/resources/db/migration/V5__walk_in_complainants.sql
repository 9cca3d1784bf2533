-- A walk-in complainant (投诉人 with no customer organisation) is told of their complaint at the addresses they
-- gave: their messages belong to no organisation.
alter table message alter column customer_organisation drop not null;
alter table notification alter column customer_organisation drop not null;
