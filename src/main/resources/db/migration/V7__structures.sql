-- MonPortail schema 7: structures (UAPE, crèche), their care units (prestations) and the educators
-- who work in them (DESIGN §4).

create sequence structure_seq start with 1000 increment by 50;
create sequence care_unit_seq start with 1000 increment by 50;

create table structure (
    id         bigint       primary key,
    name       varchar(120) not null,
    -- UAPE or CRECHE
    kind       varchar(10)  not null,
    street     varchar(200),
    postcode   varchar(4),
    city       varchar(100),
    phone      varchar(20),
    email      varchar(254),
    active     boolean      not null default true,
    version    bigint       not null default 0,
    constraint structure_name_unique unique (name)
);

create table care_unit (
    id               bigint        primary key,
    structure_id     bigint        not null references structure (id),
    name             varchar(120)  not null,
    starts_at        time          not null,
    ends_at          time          not null,
    -- prix coûtant, CHF
    full_price       numeric(8, 2) not null,
    -- fixed meal price, CHF, never reduced; null = no meal
    meal_price       numeric(8, 2),
    capacity         integer       not null,
    on_school_days   boolean       not null,
    in_holidays      boolean       not null,
    active           boolean       not null default true,
    sort_order       integer       not null default 0,
    version          bigint        not null default 0,
    constraint care_unit_times check (ends_at > starts_at),
    constraint care_unit_prices check (full_price >= 0 and (meal_price is null or meal_price >= 0)),
    constraint care_unit_capacity check (capacity between 1 and 500),
    constraint care_unit_when check (on_school_days or in_holidays)
);
create index care_unit_structure on care_unit (structure_id, sort_order);

-- the structures an EDUCATOR serves
create table structure_educator (
    structure_id bigint not null references structure (id),
    account_id   bigint not null references account (id),
    primary key (structure_id, account_id)
);
create index structure_educator_account on structure_educator (account_id);
