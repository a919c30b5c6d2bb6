-- Documents (DESIGN §8): the files themselves in the database (cluster-safe, in the one backup),
-- apart from the rows that list them; the parents' uploads for the structure with their status; the
-- medical certificate an illness absence was excused by.
create sequence stored_file_seq start with 1000 increment by 50;

create table stored_file (
    id          bigint        primary key,
    -- what the content really is (checked by content), never what the client said
    mime_type   varchar(40)   not null,
    byte_size   integer       not null,
    sha256      varchar(64)   not null,
    content     bytea         not null,
    created_at  timestamp with time zone not null
);

create sequence parent_upload_seq start with 1000 increment by 50;

create table parent_upload (
    id             bigint        primary key,
    child_id       bigint        not null references child (id),
    category       varchar(30)   not null,
    note           varchar(1000),
    -- the name the file had on the parent's device, cleaned; shown, never used as a path
    original_name  varchar(120)  not null,
    file_id        bigint        not null references stored_file (id),
    uploaded_by    bigint        not null references account (id),
    uploaded_at    timestamp with time zone not null,
    status         varchar(20)   not null,
    decided_by     bigint        references account (id),
    decided_at     timestamp with time zone,
    decision_note  varchar(1000),
    -- a medical certificate: the days it covers, given by the staff who accept it
    covers_from    date,
    covers_to      date,
    version        bigint        not null default 0
);
create index parent_upload_child on parent_upload (child_id, uploaded_at);
create index parent_upload_status on parent_upload (status, uploaded_at);

alter table absence add column certificate_id bigint references parent_upload (id);
alter table absence add column certificate_accepted_at timestamp with time zone;

-- The documents the service publishes for the families (regulations, tariffs, menus, forms, holiday
-- programme): for all families or one structure, in one language or all, valid between two dates;
-- a new version replaces a document (the old one stays, marked replaced), a withdrawn one is hidden.
create sequence published_document_seq start with 1000 increment by 50;

create table published_document (
    id             bigint        primary key,
    title          varchar(200)  not null,
    category       varchar(30)   not null,
    structure_id   bigint        references structure (id),
    language       varchar(2),
    valid_from     date,
    valid_until    date,
    original_name  varchar(120)  not null,
    file_id        bigint        not null references stored_file (id),
    published_at   timestamp with time zone not null,
    published_by   bigint        references account (id),
    replaced_by_id bigint        references published_document (id),
    withdrawn_at   timestamp with time zone,
    withdrawn_by   bigint        references account (id),
    version        bigint        not null default 0
);
create index published_document_current on published_document (replaced_by_id, withdrawn_at);
