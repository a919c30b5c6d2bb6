-- Extra care (dépannage, DESIGN §6): a care unit outside the contract on one day, requested by a
-- parent, approved or refused by the staff of the structure; the price is fixed at the request.
create sequence extra_care_seq start with 1000 increment by 50;

create table extra_care (
    id             bigint        primary key,
    child_id       bigint        not null references child (id),
    contract_id    bigint        not null references contract (id),
    care_unit_id   bigint        not null references care_unit (id),
    requested_for  date          not null,
    -- PENDING, APPROVED, REFUSED, CANCELLED
    status         varchar(10)   not null,
    price          numeric(8, 2) not null,
    note           varchar(500),
    requested_at   timestamp with time zone not null,
    requested_by   bigint        references account (id),
    decided_at     timestamp with time zone,
    decided_by     bigint        references account (id),
    decision_note  varchar(500),
    version        bigint        not null default 0
);
create index extra_care_child on extra_care (child_id, requested_for);
create index extra_care_day on extra_care (requested_for, care_unit_id);
