-- A run cut short by a crash (kill -9, power loss) is found unfinished at the next start and closed with the
-- counts of the file rows it did write, flagged as interrupted.
alter table ingestion_run add column interrupted boolean not null default false;
