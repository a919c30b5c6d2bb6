-- MonPortail schema 4: second factor (TOTP), recovery codes, login tickets.

alter table account add column totp_secret varchar(64);
alter table account add column totp_enabled_at timestamp with time zone;
-- the last 30-second step whose code was accepted: a code is never accepted twice
alter table account add column totp_last_step bigint;

create sequence recovery_code_seq start with 1000 increment by 50;

create table recovery_code (
    id         bigint      primary key,
    account_id bigint      not null references account (id),
    code_hash  varchar(64) not null,
    used_at    timestamp with time zone
);

create index recovery_code_account_ix on recovery_code (account_id);

create sequence login_ticket_seq start with 1000 increment by 50;

-- short-lived, single-use proof of a completed login step (password, then second factor)
create table login_ticket (
    id          bigint      primary key,
    account_id  bigint      not null references account (id),
    token_hash  varchar(64) not null,
    kind        varchar(16) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    version     bigint      not null default 0,
    constraint login_ticket_hash_uk unique (token_hash),
    constraint login_ticket_kind_ck check (kind in ('LOGIN', 'SECOND_FACTOR', 'ENROL'))
);
