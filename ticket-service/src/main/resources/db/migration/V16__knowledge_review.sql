-- Issue 10: a knowledge-base entry is a DRAFT until vendor staff review and publish it; partners see published entries
-- and their own organisation's drafts. Entries written before this were copied from tickets unreviewed: back to DRAFT.
alter table knowledge_entry add column status varchar(16) not null default 'DRAFT'
    check (status in ('DRAFT', 'PUBLISHED'));
alter table knowledge_entry alter column status drop default;
alter table knowledge_entry add column author_organisation varchar(255);
alter table knowledge_entry add column reviewed_by varchar(255);
alter table knowledge_entry add column published_at timestamptz;
create index knowledge_entry_status on knowledge_entry (status, author_organisation);
