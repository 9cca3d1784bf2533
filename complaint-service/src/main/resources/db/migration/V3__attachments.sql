-- Evidence of a complaint (seed 000: photos of the quality problem before it is determined), stored with its type,
-- size and SHA-256 checksum.
create table complaint_attachment (
    id           uuid primary key,
    complaint_id uuid         not null references complaint (id),
    kind         varchar(16)  not null,
    file_name    varchar(255) not null,
    media_type   varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    content      bytea        not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null
);

create index complaint_attachment_by_complaint on complaint_attachment (complaint_id, uploaded_at);
