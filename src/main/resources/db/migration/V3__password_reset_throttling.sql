-- MonPortail schema 3: password reset tokens, login throttling, session invalidation.

alter table account add column blocked_until timestamp with time zone;
-- incremented whenever the password changes: sessions opened before are ended
alter table account add column security_stamp integer not null default 0;
alter table account add column password_changed_at timestamp with time zone;

create sequence password_reset_token_seq start with 1000 increment by 50;

create table password_reset_token (
    id             bigint      primary key,
    account_id     bigint      not null references account (id),
    -- SHA-256 of the token, hex; the token itself is only in the e-mail
    token_hash     varchar(64) not null,
    created_at     timestamp with time zone not null,
    expires_at     timestamp with time zone not null,
    used_at        timestamp with time zone,
    client_address varchar(64),
    version        bigint      not null default 0,
    constraint password_reset_token_hash_uk unique (token_hash)
);

create index password_reset_token_account_ix on password_reset_token (account_id, created_at);

create table client_throttle (
    client_address varchar(64) primary key,
    failures       integer     not null default 0,
    last_failed_at timestamp with time zone,
    blocked_until  timestamp with time zone,
    version        bigint      not null default 0
);

create index audit_log_client_ix on audit_log (client_address, action, occurred_at);
