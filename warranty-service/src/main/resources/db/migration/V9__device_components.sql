-- 主要部件: a device's main components, some with a warranty period of their own.
create table device_component (
    device_id       uuid         not null references device (id),
    position        integer      not null,
    name            varchar(100) not null,
    serial_number   varchar(64),
    warranty_period varchar(20),
    primary key (device_id, position)
);
