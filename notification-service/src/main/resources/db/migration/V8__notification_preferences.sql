-- What each recipient wants (ADR 0019 amended): channels turned off and quiet hours for messages that can wait.
create table notification_preference (
    recipient         varchar(255) primary key,
    disabled_channels varchar(64)  not null,
    quiet_from        time,
    quiet_to          time,
    zone              varchar(64)  not null,
    updated_by        varchar(255) not null,
    updated_at        timestamptz  not null,
    check ((quiet_from is null) = (quiet_to is null))
);
