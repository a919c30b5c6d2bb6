-- The days to settle again after a change to services already debited (an absence excused, a
-- contract activated or ended from a past day), written in the transaction of the change: the change
-- and the request commit together. Settled at once after the commit, and by the nightly run for
-- what could not be (the database away a moment); a row is deleted once its days are settled.
create sequence settle_again_seq start with 1000 increment by 50;

create table settle_again (
    id           bigint        primary key,
    child_id     bigint        not null references child (id),
    first_day    date          not null,
    -- null: every debited day from first_day on
    last_day     date,
    requested_at timestamp with time zone not null,
    attempts     integer       not null default 0,
    last_error   varchar(500)
);
create index settle_again_child on settle_again (child_id);
