-- MonPortail schema 5: change of e-mail address, confirmed by a link sent to the new address.

create sequence email_change_seq start with 1000 increment by 50;

create table email_change (
    id          bigint       primary key,
    account_id  bigint       not null references account (id),
    new_email   varchar(254) not null,
    token_hash  varchar(64)  not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    version     bigint       not null default 0,
    constraint email_change_hash_uk unique (token_hash)
);

create index email_change_account_ix on email_change (account_id);
