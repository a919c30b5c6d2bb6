-- The entries of a camt.054 file that are not credits to book: debits (a return, a charge) and
-- reversals of earlier entries, shown in the import's report for the ADMIN to check by hand.
alter table payment_import add column skipped_debits integer not null default 0;
alter table payment_import add column skipped_reversals integer not null default 0;
