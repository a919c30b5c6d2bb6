-- Agenda (DESIGN §6): each structure's absence rules, the absences of the children, the
-- information items the service posts.

alter table structure add column absence_cutoff time not null default '18:00:00';
alter table structure add column late_absence_percent integer not null default 100;
-- CERTIFICATE_REQUIRED or LIKE_OTHER_REASONS
alter table structure add column illness_rule varchar(24) not null default 'CERTIFICATE_REQUIRED';
alter table structure add column extra_care_surcharge_percent integer not null default 10;

create sequence absence_seq start with 1000 increment by 50;

-- One row per child, day and care unit of the contract. The billing decided when it was announced
-- (or recorded) is kept; an accepted certificate or an excuse makes it not billed later.
create table absence (
    id                   bigint        primary key,
    child_id             bigint        not null references child (id),
    contract_id          bigint        not null references contract (id),
    care_unit_id         bigint        not null references care_unit (id),
    absent_on            date          not null,
    -- ILLNESS, HOLIDAY, OTHER (parent) or UNANNOUNCED (staff)
    reason               varchar(12)   not null,
    note                 varchar(500),
    announced_at         timestamp with time zone not null,
    announced_by         bigint        references account (id),
    -- NOT_BILLED, LATE, ILLNESS, UNANNOUNCED
    billing              varchar(12)   not null,
    amount               numeric(8, 2) not null,
    certificate_accepted boolean       not null default false,
    excused_at           timestamp with time zone,
    excused_by           bigint        references account (id),
    excuse_reason        varchar(500),
    version              bigint        not null default 0,
    constraint absence_unique unique (child_id, absent_on, care_unit_id)
);
create index absence_absent_on on absence (absent_on);

create sequence information_item_seq start with 1000 increment by 50;

-- A note for a structure, one care unit of it, or one child, over a day or a period.
create table information_item (
    id           bigint        primary key,
    structure_id bigint        not null references structure (id),
    care_unit_id bigint        references care_unit (id),
    child_id     bigint        references child (id),
    starts_on    date          not null,
    ends_on      date          not null,
    title        varchar(120)  not null,
    body         varchar(2000),
    author_id    bigint        references account (id),
    created_at   timestamp with time zone not null,
    version      bigint        not null default 0,
    constraint information_item_period check (ends_on >= starts_on)
);
create index information_item_structure on information_item (structure_id, starts_on);
create index information_item_child on information_item (child_id);
