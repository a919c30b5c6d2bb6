-- MonPortail schema 2: the transactional mail outbox (DESIGN §2).
-- A message is written in the transaction of the action that causes it and sent later by a timer.

create sequence outbox_message_seq start with 1000 increment by 50;

create table outbox_message (
    id               bigint        primary key,
    kind             varchar(40)   not null,
    recipient        varchar(254)  not null,
    subject          varchar(300)  not null,
    body_text        varchar(20000) not null,
    body_html        varchar(40000) not null,
    status           varchar(10)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamp with time zone not null,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone,
    version          bigint        not null default 0,
    constraint outbox_status_ck check (status in ('PENDING', 'SENT', 'FAILED'))
);

create index outbox_due_ix on outbox_message (status, next_attempt_at);
