-- Why a statement takes its stance on a topic: the rule and cue that decided it and how sure the rule is, so that
-- position summaries and changes of position rest only on confident evidence. Rows stored before carry no evidence:
-- they count as medium confidence until the article is extracted again.
alter table position
    add column confidence real not null default 0.5 check (confidence between 0 and 1),
    add column decided_by text not null default 'unexplained' check (decided_by <> ''),
    add column cue        text;
