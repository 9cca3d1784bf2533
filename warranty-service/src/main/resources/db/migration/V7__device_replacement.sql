-- 换新: the unit that replaced a device.
alter table device add column replaced_by_device_id uuid references device (id);
