-- Ingestion writes an article, its statements, positions and roles and its outcome row in one transaction. Taken
-- from these sequences 50 at a time (Hibernate's pooled optimizer: allocationSize = increment), the ids are known
-- before the rows are written, so the rows go to the server in a few batched inserts instead of one round trip each.
-- The column defaults stay: plain SQL inserts still take the next value, which no range handed out overlaps.
alter sequence article_id_seq increment by 50;
alter sequence statement_id_seq increment by 50;
alter sequence position_id_seq increment by 50;
alter sequence actor_role_id_seq increment by 50;
alter sequence ingestion_file_id_seq increment by 50;

-- Ingestion looks every speaker up by name, ignoring case; aliases already have their lower(alias) index.
create index actor_name_lower on actor (lower(name));
