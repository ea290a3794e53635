package org.claimtracker.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimtracker.actor.SpeakerLookup;
import org.claimtracker.article.ArticleQueries;
import org.claimtracker.statement.InvalidParameterException;
import org.claimtracker.statement.StatementFilter;
import org.claimtracker.statement.StatementPage;
import org.claimtracker.statement.StatementQuery;
import org.claimtracker.statement.StatementSearch;
import org.claimtracker.statement.StatementSort;
import org.springframework.stereotype.Component;

/** Builds the filterable statement list that /statements and each speaker's page show. */
@Component
class StatementBrowser {

    /** Speakers the type-ahead offers before anything is typed (and without JavaScript): the most quoted. */
    static final int SPEAKERS_OFFERED = 20;

    private final StatementSearch search;
    private final SpeakerLookup speakerLookup;
    private final Topics topics;
    private final ArticleQueries articles;

    StatementBrowser(StatementSearch search, SpeakerLookup speakerLookup, Topics topics, ArticleQueries articles) {
        this.articles = articles;
        this.search = search;
        this.speakerLookup = speakerLookup;
        this.topics = topics;
    }

    /**
     * @param fixedSpeaker the speaker whose page this is, whose statements alone are listed; null for everyone's
     */
    StatementBrowserView browse(String basePath, StatementQuery asked, String fixedSpeaker) {
        List<TopicOption> topicOptions = topics.all();
        List<String> unknownSpeakers = new ArrayList<>();
        StatementQuery query = fixedSpeaker == null ? withSpeakers(asked, resolve(asked.speaker(), unknownSpeakers))
                : asked;
        boolean renamed = !query.speaker().equals(asked.speaker());
        StatementFilter filter = query.toFilter();
        if (filter.topic() != null && topicOptions.stream().noneMatch(t -> t.code().equals(filter.topic()))) {
            throw new InvalidParameterException("topic", "unknown topic '" + query.topic() + "'");
        }
        StatementFilter effective = fixedSpeaker == null ? filter : filter.withSpeakers(List.of(fixedSpeaker));
        StatementPage page = search.find(effective);
        boolean pastTheEnd = page.total() > 0 && page.page() >= page.totalPages();
        if (pastTheEnd) {
            // a page past the end (an old link, a typed number) shows the last page rather than an empty one
            page = search.find(effective.withPage(page.totalPages() - 1));
        }
        Map<String, String> speakerNames = speakerLookup.names(filter.speakers());
        List<SpeakerLookup.Speaker> speakers = fixedSpeaker == null
                ? speakerLookup.mostQuoted(SPEAKERS_OFFERED + filter.speakers().size()).stream()
                        .filter(sp -> !filter.speakers().contains(sp.slug())).limit(SPEAKERS_OFFERED).toList()
                : List.of();

        QueryParams params = QueryParams.of(fixedSpeaker == null ? query : withoutSpeakers(query));
        if (pastTheEnd) {
            params = params.with("page", String.valueOf(page.page() + 1));
        }
        if (page.page() == 0) {
            params = params.without("page");
        }
        QueryParams unpaged = params.without("page");
        Pagination pagination = page.totalExact()
                ? Pagination.of(page.page() + 1, Math.max(1, page.totalPages()), params, basePath)
                : Pagination.openEnded(page.page() + 1, page.totalPages(), params, basePath);
        QueryParams exported = (fixedSpeaker == null ? unpaged : unpaged.with("speaker", fixedSpeaker))
                .without("size");
        return new StatementBrowserView(basePath, fixedSpeaker, params.url(basePath), pastTheEnd || renamed, filter,
                page, chips(query, filter, unpaged, basePath, topicOptions, speakerNames), basePath, pagination,
                exported.url("/statements.csv"), exported.url("/statements.jsonl"),
                exported.without("sort").url("/statements.atom"), topicOptions, speakers, unknownSpeakers,
                articles.outlets());
    }

    /**
     * The slugs of the speakers typed into the field (a slug, a name or an alias: the field works without
     * JavaScript); a value naming no one is kept, so the list shows that nothing matches, and noted in
     * {@code unknown}.
     */
    private List<String> resolve(List<String> typed, List<String> unknown) {
        List<String> slugs = new ArrayList<>();
        for (String value : typed) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String slug = speakerLookup.resolve(value).map(SpeakerLookup.Speaker::slug).orElse(null);
            if (slug == null) {
                unknown.add(value.strip());
                slug = value.strip();
            }
            if (!slugs.contains(slug)) {
                slugs.add(slug);
            }
        }
        return slugs;
    }

    private static StatementQuery withSpeakers(StatementQuery q, List<String> slugs) {
        return new StatementQuery(slugs, q.topic(), q.stance(), q.kind(), q.from(), q.to(), q.source(), q.q(),
                q.sort(), q.page(), q.size(), q.affiliates(), q.verified());
    }

    private static StatementQuery withoutSpeakers(StatementQuery q) {
        return new StatementQuery(List.of(), q.topic(), q.stance(), q.kind(), q.from(), q.to(), q.source(), q.q(),
                q.sort(), q.page(), q.size(), null, q.verified());
    }

    private static List<FilterChip> chips(StatementQuery query, StatementFilter filter, QueryParams params,
            String basePath, List<TopicOption> topics, Map<String, String> names) {
        Map<String, String> labels = topics.stream()
                .collect(Collectors.toMap(TopicOption::code, TopicOption::label));
        List<FilterChip> chips = new ArrayList<>();
        for (String slug : filter.speakers()) {
            chips.add(new FilterChip("speaker", "Speaker: " + names.getOrDefault(slug, slug),
                    params.without("speaker", slug).url(basePath)));
        }
        if (filter.affiliates() && !filter.speakers().isEmpty()) {
            chips.add(new FilterChip("affiliates", "With their people", params.without("affiliates").url(basePath)));
        }
        add(chips, params, basePath, "topic", query.topic(), v -> "Topic: " + labels.getOrDefault(
                v.toUpperCase(Locale.ROOT), v));
        add(chips, params, basePath, "stance", query.stance(), v -> "Stance: " + Labels.stance(filter.stance()));
        add(chips, params, basePath, "kind", query.kind(), v -> "Kind: " + Labels.kind(filter.kind()));
        add(chips, params, basePath, "from", query.from(), v -> "From " + v);
        add(chips, params, basePath, "to", query.to(), v -> "To " + v);
        add(chips, params, basePath, "source", query.source(), v -> "Source: " + v);
        add(chips, params, basePath, "q", query.q(), v -> "Words: " + v);
        if (filter.sort() == StatementSort.OLDEST_FIRST) {
            add(chips, params, basePath, "sort", query.sort(), v -> "Oldest first");
        }
        return chips;
    }

    private static void add(List<FilterChip> chips, QueryParams params, String basePath, String name, String value,
            Function<String, String> label) {
        if (value != null && !value.isBlank()) {
            chips.add(new FilterChip(name, label.apply(value.strip()), params.without(name).url(basePath)));
        }
    }
}
