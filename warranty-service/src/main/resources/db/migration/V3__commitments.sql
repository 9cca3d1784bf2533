-- 服务承诺: commitments and their versions; a published version never changes.
create table commitment_version (
    id            uuid primary key,
    commitment_id varchar(100) not null,
    version       integer      not null check (version > 0),
    status        varchar(16)  not null,
    document      jsonb        not null,
    created_by    varchar(255) not null,
    created_at    timestamptz  not null,
    published_at  timestamptz,
    revision      bigint       not null,
    unique (commitment_id, version)
);
