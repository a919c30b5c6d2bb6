-- Billing (DESIGN §7): the creditor settings, one account per account holder, the append-only
-- ledger, the daily debit runs and the settled days, the camt.054 imports and the credits that
-- matched no account.
create table billing_settings (
    id                 bigint        primary key,
    creditor_name      varchar(70)   not null,
    street             varchar(70)   not null,
    house_number       varchar(16),
    postcode           varchar(16)   not null,
    town               varchar(35)   not null,
    country            varchar(2)    not null,
    -- a QR-IBAN (payments with the QR reference) or an ordinary IBAN (with the RF reference)
    iban               varchar(34)   not null,
    -- reminders: a balance below -threshold for reminder_days days gets a reminder e-mail
    reminder_threshold numeric(10, 2) not null,
    reminder_days      integer       not null,
    version            bigint        not null default 0
);

-- the account number is part of the payment reference and never changes; EclipseLink takes the
-- 50 numbers below each value it draws, so the first account is 100001
create sequence billing_account_seq start with 100050 increment by 50;

create table billing_account (
    id                    bigint        primary key,
    holder_id             bigint        not null references legal_representative (id),
    qr_reference          varchar(27)   not null,
    creditor_reference    varchar(25)   not null,
    -- credits - debits, kept by every booking in the same transaction (never summed on a page view)
    balance               numeric(12, 2) not null default 0,
    below_threshold_since date,
    reminded_on           date,
    opened_at             timestamp with time zone not null,
    constraint billing_account_holder unique (holder_id),
    constraint billing_account_qr unique (qr_reference),
    constraint billing_account_scor unique (creditor_reference)
);

create sequence ledger_entry_seq start with 1000 increment by 500;

-- Append-only: no UPDATE or DELETE is ever issued on this table.
create table ledger_entry (
    id           bigint        primary key,
    account_id   bigint        not null references billing_account (id),
    -- CARE, MEAL, ABSENCE, EXTRA_CARE, HOLIDAY_CARE (debits), PAYMENT, CORRECTION, REVERSAL
    kind         varchar(16)   not null,
    -- the value date: the day after the service for a debit, the bank's date for a payment
    value_on     date          not null,
    -- the day of the service (debits and their reversals)
    service_on   date,
    child_id     bigint        references child (id),
    care_unit_id bigint        references care_unit (id),
    -- signed: a debit is negative, a credit positive
    amount       numeric(12, 2) not null,
    -- what makes the booking happen once: D:child:day:unit:KIND, R:<key>, P:<bank key>, M:<uuid>
    source_key   varchar(220)  not null,
    reverses_id  bigint        references ledger_entry (id),
    note         varchar(500),
    run_id       bigint,
    booked_at    timestamp with time zone not null,
    booked_by    bigint        references account (id),
    constraint ledger_entry_source unique (source_key),
    constraint ledger_entry_reverses unique (reverses_id),
    constraint ledger_entry_cents check (amount = round(amount, 2))
);
create index ledger_entry_account on ledger_entry (account_id, value_on, id);
create index ledger_entry_service on ledger_entry (service_on);
create index ledger_entry_child on ledger_entry (child_id, service_on);

create sequence debit_run_seq start with 1000 increment by 50;

create table debit_run (
    id          bigint        primary key,
    -- TIMER or MANUAL
    started_how varchar(8)    not null,
    first_day   date          not null,
    last_day    date          not null,
    started_at  timestamp with time zone not null,
    started_by  bigint        references account (id),
    finished_at timestamp with time zone,
    -- RUNNING, DONE, FAILED
    status      varchar(8)    not null,
    days_done   integer       not null default 0,
    children    integer       not null default 0,
    debits      integer       not null default 0,
    reversals   integer       not null default 0,
    amount      numeric(14, 2) not null default 0,
    anomalies   varchar(4000),
    version     bigint        not null default 0
);

-- The days whose services have been debited: the nightly run catches up from the last one.
create table debit_day (
    service_on date primary key,
    settled_at timestamp with time zone not null,
    run_id     bigint references debit_run (id)
);

create sequence payment_import_seq start with 1000 increment by 50;

create table payment_import (
    id          bigint        primary key,
    file_name   varchar(255)  not null,
    message_id  varchar(140),
    imported_at timestamp with time zone not null,
    imported_by bigint        references account (id),
    credits     integer       not null,
    booked      integer       not null,
    duplicates  integer       not null,
    unmatched   integer       not null,
    amount      numeric(14, 2) not null
);

create sequence unmatched_credit_seq start with 1000 increment by 50;

create table unmatched_credit (
    id           bigint        primary key,
    import_id    bigint        not null references payment_import (id),
    credit_key   varchar(200)  not null,
    booked_on    date          not null,
    amount       numeric(12, 2) not null,
    -- a credit in another currency than CHF waits here and is never booked as CHF
    currency     varchar(3)    not null,
    value_on     date,
    reference    varchar(40),
    debtor_name  varchar(140),
    remittance   varchar(500),
    assigned_to  bigint        references billing_account (id),
    assigned_at  timestamp with time zone,
    assigned_by  bigint        references account (id),
    version      bigint        not null default 0,
    constraint unmatched_credit_key unique (credit_key)
);
