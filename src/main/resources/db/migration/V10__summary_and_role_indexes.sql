-- Indexes for the pages at scale (issue 13): the speakers who spoke most recently on a topic (front page, topic
-- page) read a few rows per topic instead of ranking every speaker of it, and a speaker's roles are read newest
-- first without sorting every role an article ever gave them.
set local statement_timeout = 0;

create index actor_topic_summary_latest
    on actor_topic_summary (topic_code, last_on desc nulls last, statements desc, actor_id);
create index actor_role_actor_newest on actor_role (actor_id, stated_on desc nulls last);
