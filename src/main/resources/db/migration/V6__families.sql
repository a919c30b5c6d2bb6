-- MonPortail schema 6: families (DESIGN §3) — legal representatives with their own accounts,
-- households for the tariff, children, authorised pickup persons, the account holder and its history.

create sequence family_seq start with 1000 increment by 50;
create sequence household_seq start with 1000 increment by 50;
create sequence legal_representative_seq start with 1000 increment by 50;
create sequence child_seq start with 1000 increment by 50;
create sequence pickup_person_seq start with 1000 increment by 50;
create sequence account_holder_change_seq start with 1000 increment by 50;

create table family (
    id                bigint       primary key,
    -- the gestionnaire principal; set right after the first representative exists
    account_holder_id bigint,
    created_at        timestamp with time zone not null,
    version           bigint       not null default 0
);

-- The household whose income the tariff uses. Two parents living together share one; separated
-- parents each have their own.
create table household (
    id                    bigint        primary key,
    family_id             bigint        not null references family (id),
    declared_income       numeric(12, 2),
    children_count        integer       not null default 1,
    tariff_review_pending boolean       not null default false,
    tariff_changed_at     timestamp with time zone,
    version               bigint        not null default 0,
    constraint household_income_positive check (declared_income is null or declared_income >= 0),
    constraint household_children check (children_count between 1 and 20)
);
create index household_family on household (family_id);

create table legal_representative (
    id              bigint       primary key,
    family_id       bigint       not null references family (id),
    household_id    bigint       not null references household (id),
    -- one account per representative, and one family per account
    account_id      bigint       not null unique references account (id),
    street          varchar(200),
    postcode        varchar(4),
    city            varchar(100),
    -- E.164, e.g. +41791234567
    mobile_phone    varchar(20),
    home_phone      varchar(20),
    work_phone      varchar(20),
    employer        varchar(200),
    profession      varchar(200),
    occupation_rate integer,
    -- a representative removed by the service keeps the row (history refers to it) but no access
    removed_at      timestamp with time zone,
    version         bigint       not null default 0,
    constraint representative_rate check (occupation_rate is null or occupation_rate between 0 and 100)
);
create index legal_representative_family on legal_representative (family_id);

alter table family add constraint family_account_holder
    foreign key (account_holder_id) references legal_representative (id);

create table child (
    id                    bigint       primary key,
    family_id             bigint       not null references family (id),
    first_name            varchar(100) not null,
    last_name             varchar(100) not null,
    birth_date            date         not null,
    -- 1H–8H (HarmoS), null for a crèche child
    school_grade          varchar(2),
    school_class          varchar(40),
    diet                  varchar(1000),
    medical_notes         varchar(2000),
    health_review_pending boolean      not null default false,
    health_changed_at     timestamp with time zone,
    leaving_on            date,
    version               bigint       not null default 0
);
create index child_family on child (family_id);
create index child_names on child (last_name, first_name);

create table pickup_person (
    id           bigint       primary key,
    child_id     bigint       not null references child (id),
    first_name   varchar(100) not null,
    last_name    varchar(100) not null,
    relationship varchar(100) not null,
    phone        varchar(20)  not null,
    note         varchar(500),
    created_at   timestamp with time zone not null
);
create index pickup_person_child on pickup_person (child_id);

-- Who is gestionnaire principal from which day: the billing debits the holder in force on the
-- day of the service; the old holder's account and balance stay where they are.
create table account_holder_change (
    id                     bigint       primary key,
    family_id              bigint       not null references family (id),
    from_representative_id bigint       references legal_representative (id),
    to_representative_id   bigint       not null references legal_representative (id),
    effective_from         date         not null,
    reason                 varchar(500) not null,
    changed_by             bigint       not null,
    changed_at             timestamp with time zone not null
);
create index account_holder_change_family on account_holder_change (family_id, effective_from);
