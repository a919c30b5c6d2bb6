-- MonPortail schema 8: school years and their calendar (DESIGN §4), tariffs per structure and school
-- year, attendance contracts with their amendments and frozen prices (DESIGN §5).

create sequence school_year_seq start with 1000 increment by 50;
create sequence calendar_entry_seq start with 1000 increment by 50;
create sequence tariff_seq start with 1000 increment by 50;
create sequence contract_seq start with 1000 increment by 50;
create sequence contract_terms_seq start with 1000 increment by 50;

-- 1 August of start_year to 31 July of the next year
create table school_year (
    id         bigint  primary key,
    start_year integer not null unique,
    version    bigint  not null default 0
);

create table calendar_entry (
    id             bigint       primary key,
    school_year_id bigint       not null references school_year (id),
    -- SCHOOL_PERIOD, SCHOOL_HOLIDAY, PUBLIC_HOLIDAY, CLOSURE
    kind           varchar(20)  not null,
    -- only for a CLOSURE: the structure that is closed
    structure_id   bigint       references structure (id),
    starts_on      date         not null,
    ends_on        date         not null,
    label          varchar(120) not null,
    constraint calendar_entry_range check (ends_on >= starts_on),
    constraint calendar_entry_closure check ((kind = 'CLOSURE') = (structure_id is not null))
);
create index calendar_entry_year on calendar_entry (school_year_id, starts_on);

create table tariff (
    id                      bigint       primary key,
    structure_id            bigint       not null references structure (id),
    school_year_id          bigint       not null references school_year (id),
    not_declared_percent    numeric(5, 2) not null,
    second_child_reduction  numeric(5, 2) not null,
    further_child_reduction numeric(5, 2) not null,
    version                 bigint       not null default 0,
    constraint tariff_once unique (structure_id, school_year_id)
);

-- income below up_to (exclusive; null = no limit) pays percent of the full price
create table tariff_bracket (
    tariff_id bigint        not null references tariff (id),
    up_to     numeric(12, 2),
    percent   numeric(5, 2) not null
);
create index tariff_bracket_tariff on tariff_bracket (tariff_id);

create table contract (
    id             bigint      primary key,
    child_id       bigint      not null references child (id),
    structure_id   bigint      not null references structure (id),
    school_year_id bigint      not null references school_year (id),
    -- DRAFT, ACTIVE, ENDED
    status         varchar(10) not null,
    starts_on      date        not null,
    ends_on        date        not null,
    created_at     timestamp with time zone not null,
    activated_at   timestamp with time zone,
    version        bigint      not null default 0,
    constraint contract_period check (ends_on >= starts_on)
);
create index contract_child on contract (child_id);
create index contract_structure on contract (structure_id, status);

-- the terms of a contract from an effective date: the first terms, then each amendment
create table contract_terms (
    id                bigint        primary key,
    contract_id       bigint        not null references contract (id),
    effective_from    date          not null,
    holder_id         bigint        not null references legal_representative (id),
    -- the tariff applied, frozen: bracket percentage, sibling rank, the income it came from
    percent           numeric(5, 2) not null,
    sibling_rank      integer       not null,
    income_basis      numeric(12, 2),
    reason            varchar(500),
    created_by        bigint,
    created_at        timestamp with time zone not null,
    constraint contract_terms_once unique (contract_id, effective_from)
);

-- the weekly pattern of the terms with the unit prices frozen at signature
create table contract_unit (
    terms_id     bigint        not null references contract_terms (id),
    weekday      integer       not null,
    care_unit_id bigint        not null references care_unit (id),
    care_price   numeric(8, 2) not null,
    meal_price   numeric(8, 2) not null,
    constraint contract_unit_weekday check (weekday between 1 and 7),
    constraint contract_unit_once unique (terms_id, weekday, care_unit_id)
);
