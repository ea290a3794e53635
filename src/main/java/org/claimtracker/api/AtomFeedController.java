package org.claimtracker.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorRepository;
import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.statement.StatementFilter;
import org.claimtracker.statement.StatementHit;
import org.claimtracker.statement.StatementQuery;
import org.claimtracker.statement.StatementSearch;
import org.claimtracker.statement.StatementSort;
import org.claimtracker.topic.Topic;
import org.claimtracker.topic.TopicRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom 1.0 feeds of the latest statements of one speaker or on one topic, for feed readers. Entry ids are tag URIs
 * that stay the same however often the feed is fetched; links are absolute URLs built from the request (behind a
 * proxy, set {@code server.forward-headers-strategy} so they name the public host).
 */
@Tag(name = "Feeds", description = "Atom feeds of the latest statements")
@RestController
class AtomFeedController {

    static final String ATOM = "application/atom+xml";
    static final int ENTRIES = 50;
    /** The date in the tag URIs (RFC 4151): when the project began minting them; never to change. */
    private static final String TAG_DATE = "2025";

    private final StatementSearch search;
    private final ActorRepository actors;
    private final TopicRepository topics;
    private final ArticleRepository articles;

    private final StatementFilters filters;

    AtomFeedController(StatementSearch search, ActorRepository actors, TopicRepository topics,
            ArticleRepository articles, StatementFilters filters) {
        this.filters = filters;
        this.search = search;
        this.actors = actors;
        this.topics = topics;
        this.articles = articles;
    }

    @Operation(summary = "Atom feed of a speaker's latest statements", description = "The 50 newest, newest first.")
    @ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = ATOM,
            schema = @Schema(type = "string")))
    @DocumentedResponses.NotFound
    @GetMapping(path = "/speakers/{slug}/feed.atom", produces = ATOM)
    void speaker(@Parameter(description = "Actor slug") @PathVariable String slug, HttpServletResponse response)
            throws IOException, FeedException {
        Actor actor = actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("speaker", slug));
        StatementFilter filter = latest().withSpeakers(List.of(slug));
        write(feed("speakers/" + slug, "Statements by " + actor.getName(), "/speakers/" + slug, filter,
                actor.getCreatedAt()), response);
    }

    @Operation(summary = "Atom feed of the latest statements on a topic", description = "The 50 newest, newest first.")
    @ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = ATOM,
            schema = @Schema(type = "string")))
    @DocumentedResponses.NotFound
    @GetMapping(path = "/topics/{code}/feed.atom", produces = ATOM)
    void topic(@Parameter(description = "Topic code", example = "CEASEFIRE") @PathVariable String code,
            HttpServletResponse response) throws IOException, FeedException {
        Topic topic = topics.findById(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("topic", code));
        StatementFilter filter = latest().withTopic(topic.getCode());
        write(feed("topics/" + topic.getCode(), "Statements on " + topic.getLabel(), "/topics/" + topic.getCode(),
                filter, Instant.EPOCH), response);
    }

    @Operation(summary = "Atom feed of any statement search", description = "The 50 newest statements that match the "
            + "same filters as /api/statements (page, size and sort are ignored), newest first: a search to follow "
            + "in a feed reader.")
    @StatementFilterParameters
    @ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = ATOM,
            schema = @Schema(type = "string")))
    @DocumentedResponses.BadRequest
    @GetMapping(path = "/statements.atom", produces = ATOM)
    void search(@Parameter(hidden = true) StatementQuery query, HttpServletResponse response)
            throws IOException, FeedException {
        StatementQuery latest = new StatementQuery(query.speaker(), query.topic(), query.stance(), query.kind(),
                query.from(), query.to(), query.source(), query.q(), null, null, String.valueOf(ENTRIES),
                query.affiliates(), query.verified());
        StatementFilter filter = filters.page(latest);
        String page = ServletUriComponentsBuilder.fromCurrentRequest().replacePath("/statements")
                .replaceQueryParam("sort").replaceQueryParam("page").replaceQueryParam("size").build().toUriString();
        String raw = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
        write(feed("statements" + (raw == null ? "" : "?" + raw), searchTitle(filter), page, filter,
                Instant.EPOCH), response);
    }

    /** "Statements by Dmitry Peskov on Ceasefire matching 'talks'": the filters a reader will see the feed by. */
    private String searchTitle(StatementFilter filter) {
        StringBuilder title = new StringBuilder("Statements");
        if (!filter.speakers().isEmpty()) {
            title.append(" by ").append(filter.speakers().stream()
                    .map(slug -> actors.findBySlug(slug).map(Actor::getName).orElse(slug))
                    .collect(Collectors.joining(", ")));
        }
        if (filter.topic() != null) {
            title.append(" on ").append(topics.findById(filter.topic()).map(Topic::getLabel).orElse(filter.topic()));
        }
        if (filter.stance() != null) {
            title.append(" (").append(filter.stance().name().toLowerCase(Locale.ROOT)).append(")");
        }
        if (filter.q() != null) {
            title.append(" matching ‘").append(filter.q()).append("’");
        }
        if (filter.source() != null) {
            title.append(" from ").append(filter.source());
        }
        return title.toString();
    }

    private static StatementFilter latest() {
        return new StatementFilter(List.of(), null, null, null, null, null, null, null, StatementSort.NEWEST_FIRST, 0,
                ENTRIES);
    }

    /** {@code emptyUpdated}: the feed's date when it has no entry yet (Atom requires one). */
    private Feed feed(String key, String title, String pagePath, StatementFilter filter, Instant emptyUpdated) {
        List<StatementHit> hits = search.items(filter);
        Map<String, String> topicLabels = topics.findAllByOrderBySortOrder().stream()
                .collect(Collectors.toMap(Topic::getCode, Topic::getLabel));
        Map<Long, Instant> undatedArticles = ingestedAt(hits);
        ServletUriComponentsBuilder base = ServletUriComponentsBuilder.fromCurrentContextPath();
        String host = base.build().getHost();

        Feed feed = new Feed("atom_1.0");
        feed.setId(tag(host, key));
        feed.setTitle(title);
        feed.setOtherLinks(List.of(link("self", ServletUriComponentsBuilder.fromCurrentRequest().toUriString(),
                ATOM)));
        String alternate = pagePath.startsWith("http") ? pagePath : base.cloneBuilder().path(pagePath).toUriString();
        feed.setAlternateLinks(List.of(link("alternate", alternate, "text/html")));
        List<Entry> entries = hits.stream().map(hit -> entry(hit, host, base, topicLabels, undatedArticles)).toList();
        feed.setEntries(entries);
        feed.setUpdated(entries.stream().map(Entry::getUpdated).max(Date::compareTo)
                .orElse(Date.from(emptyUpdated)));
        return feed;
    }

    private Entry entry(StatementHit hit, String host, ServletUriComponentsBuilder base,
            Map<String, String> topicLabels, Map<Long, Instant> undatedArticles) {
        String speaker = hit.hasSpeaker() ? hit.actorName() : "Unnamed source";
        Entry entry = new Entry();
        entry.setId(tag(host, "statement/" + hit.id()));
        entry.setTitle(speaker + ": “" + abbreviate(hit.content(), 100) + "”");
        Date updated = hit.date() != null ? startOfDay(hit.date()) : Date.from(undatedArticles.get(hit.articleId()));
        entry.setUpdated(updated);
        entry.setPublished(updated);
        Person author = new Person();
        author.setName(speaker);
        entry.setAuthors(List.<SyndPerson>of(author));
        entry.setSummary(text(hit.content()));
        entry.setContents(List.of(text(hit.content() + "\n\n" + citation(hit))));
        entry.setAlternateLinks(List.of(link("alternate",
                base.cloneBuilder().path("/statements/{id}").buildAndExpand(hit.id()).toUriString(), "text/html")));
        if (hit.url() != null) {
            Link original = link("related", hit.url(), "text/html");
            original.setTitle(hit.outlet() != null ? hit.outlet() + ": " + hit.articleHeadline() : hit.articleHeadline());
            entry.setOtherLinks(List.of(original));
        }
        entry.setCategories(hit.stances().entrySet().stream().map(stance -> {
            Category category = new Category();
            category.setTerm(stance.getKey());
            category.setLabel(topicLabels.getOrDefault(stance.getKey(), stance.getKey()) + ": "
                    + stance.getValue().name().toLowerCase(Locale.ROOT));
            return category;
        }).toList());
        return entry;
    }

    /** When the articles of undated statements were ingested: the only date such an entry has. */
    private Map<Long, Instant> ingestedAt(List<StatementHit> hits) {
        Set<Long> ids = hits.stream().filter(h -> h.date() == null).map(StatementHit::articleId)
                .collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : articles.findAllById(ids).stream()
                .collect(Collectors.toMap(Article::getId, Article::getIngestedAt));
    }

    private static void write(Feed feed, HttpServletResponse response) throws IOException, FeedException {
        response.setContentType(ATOM + ";charset=UTF-8");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        new WireFeedOutput().output(feed, writer);
        writer.flush();
    }

    private static String citation(StatementHit hit) {
        StringBuilder citation = new StringBuilder("— ");
        if (hit.outlet() != null) {
            citation.append(hit.outlet()).append(", ");
        }
        citation.append("“").append(hit.articleHeadline()).append("”");
        if (hit.author() != null) {
            citation.append(", by ").append(hit.author());
        }
        if (hit.publishedOn() != null) {
            citation.append(", ").append(hit.publishedOn());
        }
        if (hit.url() != null) {
            citation.append(", ").append(hit.url());
        }
        return citation.toString();
    }

    private static String tag(String host, String specific) {
        return "tag:" + host + "," + TAG_DATE + ":" + specific;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Date startOfDay(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static String abbreviate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1).stripTrailing() + "…";
    }
}
