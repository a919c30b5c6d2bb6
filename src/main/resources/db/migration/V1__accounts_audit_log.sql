-- MonPortail schema 1: municipality settings, accounts and roles, audit log.
-- Portable SQL for H2 2.2 and PostgreSQL 15. Sequences, not identity columns (EclipseLink + H2).

create table municipality (
    id            bigint       primary key,
    name          varchar(120) not null,
    service_name  varchar(120) not null,
    service_phone varchar(40),
    service_email varchar(254),
    version       bigint       not null default 0
);

create sequence account_seq start with 1000 increment by 50;

create table account (
    id                 bigint       primary key,
    -- stored trimmed and lower-cased, so the unique constraint is case-insensitive
    email              varchar(254) not null,
    first_name         varchar(100) not null,
    last_name          varchar(100) not null,
    role               varchar(16)  not null,
    language           varchar(2)   not null default 'fr',
    -- Argon2id in PHC string format; null until the first « Mot de passe oublié »
    password_hash      varchar(255),
    enabled            boolean      not null default true,
    failed_logins      integer      not null default 0,
    last_login_at      timestamp with time zone,
    last_failed_at     timestamp with time zone,
    created_at         timestamp with time zone not null,
    version            bigint       not null default 0,
    constraint account_email_uk unique (email),
    constraint account_role_ck check (role in ('PARENT', 'EDUCATOR', 'ADMIN')),
    constraint account_language_ck check (language in ('fr', 'de', 'en'))
);

create sequence audit_log_seq start with 1000 increment by 50;

create table audit_log (
    id             bigint       primary key,
    occurred_at    timestamp with time zone not null,
    actor_id       bigint,
    actor_label    varchar(254),
    action         varchar(60)  not null,
    detail         varchar(2000),
    client_address varchar(64)
);

create index audit_log_actor_ix on audit_log (actor_id, id);
create index audit_log_occurred_ix on audit_log (occurred_at);
