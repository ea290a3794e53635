-- Article metadata a citation needs (author, original address) and the headline every list shows: the article's
-- title when a source gave one, else its first sentence, so a file name is never the label. The ingestion log
-- learns two outcomes: UPDATED (same text, new metadata) and SKIPPED (a file that is not an article, with why).

alter table article
    add column author   text check (author <> ''),
    add column url      text check (url ~ '^https?://'),
    add column headline text;

-- The title, else the first sentence of the first paragraph (at least 20 characters, so "Mr." does not end it),
-- else that paragraph cut at the last space in its first 160 characters, with an ellipsis: ArticleHeadline's rule,
-- which the application applies itself. The trigger gives rows written without a headline (articles stored before
-- this migration, SQL written by hand) the same.
create function article_default_headline() returns trigger language plpgsql as $$
begin
    if new.headline is null then
        new.headline := coalesce(nullif(btrim(new.title), ''),
                nullif(substring(split_part(new.body, E'\n', 1) from '^(.{20,160}?[.!?])(?:\s|$)'), ''),
                case when char_length(split_part(new.body, E'\n', 1)) <= 160 then split_part(new.body, E'\n', 1)
                     else regexp_replace(left(split_part(new.body, E'\n', 1), 160), '\s+\S*$', '') || '…' end);
    end if;
    return new;
end
$$;
create trigger article_default_headline before insert or update on article
    for each row execute function article_default_headline();
update article set headline = null;
alter table article alter column headline set not null;
alter table article add constraint article_headline_check check (headline <> '');

alter table article drop constraint article_date_source_check;
alter table article add constraint article_date_source_check check (date_source in
        ('UPLOAD_FORM', 'HEADER', 'METADATA_TABLE', 'HTML_METADATA', 'FILE_NAME', 'NONE'));

-- /articles lists newest first and filters by outlet, case-insensitively like the statement filter.
create index article_newest_first on article (published_on desc nulls last, id desc);
create index article_outlet_lower on article (lower(outlet));

alter table ingestion_file drop constraint ingestion_file_outcome_check;
alter table ingestion_file add constraint ingestion_file_outcome_check check (outcome in
        ('INGESTED', 'DUPLICATE', 'REEXTRACTED', 'UPDATED', 'SKIPPED', 'REJECTED'));
alter table ingestion_file drop constraint ingestion_file_check;
alter table ingestion_file add constraint ingestion_file_reason_check
        check ((outcome in ('REJECTED', 'SKIPPED')) = (reason is not null));

alter table ingestion_run
    add column updated int not null default 0,
    add column skipped int not null default 0;
