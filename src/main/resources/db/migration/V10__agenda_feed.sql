-- Calendar feed (issue 6, item 6): a parent's private iCalendar address with the agenda of their
-- children. Only the SHA-256 of the secret token is stored, so the table opens no feed; one row
-- per account, replaced when the parent asks for a new address, deleted when revoked.

create sequence agenda_feed_seq start with 1000 increment by 50;

create table agenda_feed (
    id           bigint       primary key,
    account_id   bigint       not null unique references account (id),
    -- hex SHA-256 of the token in the address
    token_hash   varchar(64)  not null unique,
    created_at   timestamp with time zone not null,
    last_read_at timestamp with time zone,
    version      bigint       not null default 0
);
