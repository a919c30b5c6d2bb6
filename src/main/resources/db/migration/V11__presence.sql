-- Presence lists (DESIGN §6): the check-in and check-out of a child for a care unit on a day.
create sequence presence_seq start with 1000 increment by 50;

create table presence (
    id              bigint  primary key,
    child_id        bigint  not null references child (id),
    care_unit_id    bigint  not null references care_unit (id),
    present_on      date    not null,
    checked_in_at   time    not null,
    checked_in_by   bigint  references account (id),
    checked_out_at  time,
    checked_out_by  bigint  references account (id),
    version         bigint  not null default 0,
    constraint presence_unique unique (child_id, present_on, care_unit_id)
);
create index presence_present_on on presence (present_on, care_unit_id);
