-- Holiday care (DESIGN §6): programmes the ADMIN publishes per structure and care unit, their days
-- with a capacity, and the children's registrations (or places on the waiting list).
create sequence holiday_programme_seq start with 1000 increment by 50;

create table holiday_programme (
    id                    bigint        primary key,
    structure_id          bigint        not null references structure (id),
    care_unit_id          bigint        not null references care_unit (id),
    title                 varchar(120)  not null,
    -- the full price of a day before the family's percentage; null: the unit's full price
    full_price            numeric(8, 2),
    registration_opens    date          not null,
    registration_deadline date          not null,
    created_at            timestamp with time zone not null,
    version               bigint        not null default 0,
    constraint holiday_programme_registration check (registration_deadline >= registration_opens)
);

create sequence holiday_day_seq start with 1000 increment by 50;

create table holiday_day (
    id           bigint  primary key,
    programme_id bigint  not null references holiday_programme (id),
    held_on      date    not null,
    capacity     integer not null,
    version      bigint  not null default 0,
    constraint holiday_day_unique unique (programme_id, held_on),
    constraint holiday_day_capacity check (capacity >= 0)
);
create index holiday_day_held_on on holiday_day (held_on);

create sequence holiday_registration_seq start with 1000 increment by 50;

create table holiday_registration (
    id             bigint        primary key,
    day_id         bigint        not null references holiday_day (id),
    child_id       bigint        not null references child (id),
    contract_id    bigint        not null references contract (id),
    -- REGISTERED, WAITING, CANCELLED (free), CANCELLED_LATE (billed)
    status         varchar(16)   not null,
    price          numeric(8, 2) not null,
    registered_at  timestamp with time zone not null,
    registered_by  bigint        references account (id),
    cancelled_at   timestamp with time zone,
    version        bigint        not null default 0,
    constraint holiday_registration_unique unique (day_id, child_id)
);
create index holiday_registration_child on holiday_registration (child_id);
