-- A debit run's last sign of life and the server instance running it. A run still RUNNING whose
-- instance started again, or that has given no sign of life for a while, was interrupted (server
-- stopped or crashed during the run): it is closed as such, and the nightly run catches up the days
-- it did not settle.
-- defaults: an older build still running against this schema (a group being upgraded) can open runs
alter table debit_run add column heartbeat_at timestamp with time zone default current_timestamp;
alter table debit_run add column runner varchar(100) default 'server';
update debit_run set heartbeat_at = coalesce(finished_at, started_at), runner = 'server';
alter table debit_run alter column heartbeat_at set not null;
alter table debit_run alter column runner set not null;
