package org.claimtracker.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorDirectory;
import org.claimtracker.actor.ActorResolution;
import org.claimtracker.actor.Affiliations;
import org.claimtracker.actor.ActorRole;
import org.claimtracker.actor.ActorRoleRepository;
import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.correction.CorrectionReplay;
import org.claimtracker.extraction.ArticleAnalysis;
import org.claimtracker.extraction.ExtractedStatement;
import org.claimtracker.extraction.RoleMention;
import org.claimtracker.extraction.Speaker;
import org.claimtracker.extraction.StatementExtractor;
import org.claimtracker.statement.Statement;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.topic.Topic;
import org.claimtracker.topic.TopicRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores articles with everything extraction finds in them, a batch in one transaction: all of it or nothing. An
 * article whose normalised body is already stored is a duplicate and changes nothing, unless an older extractor read
 * it: then its statements are found again, so an upgrade reaches the articles already stored. A new reading of stored
 * text that says more about it (a metadata table added, a header corrected) updates the article's metadata.
 */
@Service
public class ArticleIngestion {

    private static final Logger log = LoggerFactory.getLogger(ArticleIngestion.class);

    private final ArticleRepository articles;
    private final StatementRepository statements;
    private final ActorRoleRepository roles;
    private final TopicRepository topics;
    private final ActorDirectory actorDirectory;
    private final Affiliations affiliations;
    private final StatementExtractor extractor;
    private final Clock clock;
    private final IngestionLocks locks;
    private final CorrectionReplay corrections;
    private volatile Set<String> topicCodes;

    public ArticleIngestion(ArticleRepository articles, StatementRepository statements, ActorRoleRepository roles,
            TopicRepository topics, ActorDirectory actorDirectory, Affiliations affiliations, StatementExtractor extractor,
            Clock clock, IngestionLocks locks, CorrectionReplay corrections) {
        this.corrections = corrections;
        this.articles = articles;
        this.statements = statements;
        this.roles = roles;
        this.topics = topics;
        this.actorDirectory = actorDirectory;
        this.affiliations = affiliations;
        this.extractor = extractor;
        this.clock = clock;
        this.locks = locks;
    }

    @Transactional
    public IngestResult ingest(ParsedArticle parsed) {
        return ingestAll(List.of(parsed), Collections.singletonList(null)).get(0);
    }

    /** What the extractor finds in the article: needs no database, so a batch's may be found before its transaction. */
    public ArticleAnalysis extract(ParsedArticle parsed) {
        return extractor.extract(parsed.toArticleText());
    }

    /**
     * Stores a batch of articles in one transaction and returns what became of each, in order. Whatever goes wrong
     * rolls back the whole batch: the caller then stores its articles one by one, so that a bad one is rejected
     * alone. The batch's texts are looked up and locked, and all their speakers locked and resolved, in a few
     * queries; stored texts an older extractor read are read again first, then the new articles are stored in
     * order, and their rows go to the server as a few multi-row inserts. {@code extracted} holds, in the same
     * order, what {@link #extract} found in each article already, or null where it was not asked.
     */
    @Transactional
    public List<IngestResult> ingestAll(List<ParsedArticle> batch, List<ArticleAnalysis> extracted) {
        List<String> hashes = batch.stream().map(parsed -> Article.contentHashOf(parsed.body())).toList();
        locks.lockArticleTexts(hashes);
        Map<String, Article> stored = new HashMap<>();
        articles.findByContentHashIn(new HashSet<>(hashes)).forEach(a -> stored.put(a.getContentHash(), a));
        // every text to be read is read before the speakers are locked: all of them in one call, so that two
        // ingestions always take their locks in the same order
        Map<String, ArticleAnalysis> analyses = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Article article = stored.get(hashes.get(i));
            ParsedArticle parsed = batch.get(i);
            ArticleAnalysis ready = extracted.get(i);
            if (article == null || !article.getExtractorVersion().equals(extractor.version())) {
                analyses.computeIfAbsent(hashes.get(i), hash -> ready != null ? ready : extract(parsed));
            }
        }
        locks.lockActors(analyses.values().stream().flatMap(a -> speakerSlugs(a).stream()).toList());

        IngestResult[] results = new IngestResult[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Article article = stored.get(hashes.get(i));
            if (article != null) { // a re-extraction clears the persistence context: work on a managed copy
                results[i] = ingestStored(articles.findById(article.getId()).orElseThrow(), batch.get(i),
                        analyses.get(hashes.get(i)));
            }
        }
        List<Speaker> freshSpeakers = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (results[i] == null) {
                freshSpeakers.addAll(speakers(analyses.get(hashes.get(i))));
            }
        }
        ActorResolution resolution = actorDirectory.prepare(freshSpeakers);
        // every speaker of the batch is resolved, in order, before the first row is written: a new actor's row is
        // inserted at once (its id comes from the insert), which would first send the rows pending before it
        Map<String, ResolvedAnalysis> resolved = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            if (results[i] == null) {
                resolved.computeIfAbsent(hashes.get(i), hash -> resolve(analyses.get(hash), resolution));
            }
        }
        List<Affiliations.RoleAffiliation> roleAffiliations = new ArrayList<>();
        Map<String, Article> created = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            if (results[i] != null) {
                continue;
            }
            ParsedArticle parsed = batch.get(i);
            Article twin = created.get(hashes.get(i));
            if (twin != null) { // the same text twice in one batch
                results[i] = twin.redescribe(parsed.metadata()) ? IngestResult.updated(twin.getId())
                        : IngestResult.duplicate(twin.getId());
                continue;
            }
            Article article = articles.save(new Article(parsed.sourceName(), parsed.metadata(), parsed.body(),
                    clock.instant(), extractor.version()));
            created.put(hashes.get(i), article);
            int found = store(article, parsed, resolved.get(hashes.get(i)), roleAffiliations);
            results[i] = IngestResult.ingested(article.getId(), found);
        }
        writeAffiliations(resolution, roleAffiliations);
        return List.of(results);
    }

    /** An article whose text is stored already: a duplicate, new metadata for it, or a reading by a newer extractor. */
    private IngestResult ingestStored(Article article, ParsedArticle parsed, ArticleAnalysis analysis) {
        boolean redescribed = article.redescribe(parsed.metadata());
        if (article.getExtractorVersion().equals(extractor.version())) {
            return redescribed ? IngestResult.updated(article.getId()) : IngestResult.duplicate(article.getId());
        }
        List<Long> formerActors = affiliations.actorsOf(article.getId());
        statements.deleteByArticleId(article.getId());
        roles.deleteByArticleId(article.getId());
        // the bulk deletes may have cleared the persistence context: describe the reloaded article again
        article = articles.findById(article.getId()).orElseThrow();
        article.redescribe(parsed.metadata());
        article.reextractedBy(extractor.version());
        ActorResolution resolution = actorDirectory.prepare(speakers(analysis));
        List<Affiliations.RoleAffiliation> roleAffiliations = new ArrayList<>();
        int found = store(article, parsed, resolve(analysis, resolution), roleAffiliations);
        writeAffiliations(resolution, roleAffiliations);
        statements.flush();
        // editors' corrections are kept apart from what extraction finds: put them back on the new output
        corrections.reapply(article);
        affiliations.removeOrphans(formerActors); // names the new extractor resolves otherwise
        return IngestResult.reextracted(article.getId(), found);
    }

    /** An article's analysis with its speakers resolved: the actors of its roles and statements. */
    private record ResolvedAnalysis(ArticleAnalysis analysis, List<ResolvedRole> roles, Map<String, Actor> speakers) {
    }

    /** A role to store: the first mention of each actor and role in the article, with the body it names. */
    private record ResolvedRole(Actor actor, RoleMention mention, Actor body) {
    }

    private ResolvedAnalysis resolve(ArticleAnalysis analysis, ActorResolution resolution) {
        Map<String, Actor> actorsByName = new HashMap<>();
        List<ResolvedRole> roles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RoleMention mention : analysis.roles()) {
            if (mention.span().length() == 0 || mention.role().isBlank()) {
                continue;
            }
            Actor actor = actorFor(mention.actor(), resolution, actorsByName);
            if (seen.add(actor.getSlug() + "\u0000" + mention.role())) {
                Actor body = mention.body() == null ? null : actorFor(mention.body(), resolution, actorsByName);
                roles.add(new ResolvedRole(actor, mention, body));
            }
        }
        analysis.statements().stream().map(ExtractedStatement::speaker).filter(Objects::nonNull)
                .forEach(speaker -> actorFor(speaker, resolution, actorsByName));
        return new ResolvedAnalysis(analysis, roles, actorsByName);
    }

    /**
     * Stores what extraction found in the article; returns the number of statements. No query runs from here to
     * the commit, so the rows go to the server as multi-row inserts, table by table.
     */
    private int store(Article article, ParsedArticle parsed, ResolvedAnalysis resolved,
            List<Affiliations.RoleAffiliation> roleAffiliations) {
        for (ResolvedRole role : resolved.roles()) {
            RoleMention mention = role.mention();
            ActorRole stored = roles.save(new ActorRole(role.actor(), article, mention.role(), mention.span().start(),
                    mention.span().end()));
            if (role.body() != null) {
                roleAffiliations.add(new Affiliations.RoleAffiliation(role.actor(), role.body(), stored));
            }
        }
        Set<String> knownTopics = knownTopics();
        int seq = 0;
        for (ExtractedStatement found : resolved.analysis().statements()) {
            Actor actor = found.speaker() == null ? null : resolved.speakers().get(found.speaker().canonicalName());
            Statement statement = new Statement(article, actor, seq++, found.kind(), found.text(), found.parts(),
                    found.mention(), found.cue(), found.decidedBy(), found.confidence(), found.saidOn());
            found.calls().forEach((topic, call) -> {
                if (knownTopics.contains(topic)) {
                    statement.takePosition(topic, call);
                } else {
                    log.warn("{}: ignoring unknown topic {}", parsed.sourceName(), topic);
                }
            });
            statements.save(statement);
        }
        return resolved.analysis().statements().size();
    }

    /** The affiliations found in the transaction: those of roles point at the roles, which are written first. */
    private void writeAffiliations(ActorResolution resolution, List<Affiliations.RoleAffiliation> roleAffiliations) {
        resolution.writeAffiliations();
        if (!roleAffiliations.isEmpty()) {
            roles.flush();
            affiliations.fromRoles(roleAffiliations);
        }
    }

    /** The topic codes, read once: only migrations write the topic table. */
    private Set<String> knownTopics() {
        Set<String> codes = topicCodes;
        if (codes == null) {
            codes = topics.findAll().stream().map(Topic::getCode).collect(Collectors.toUnmodifiableSet());
            topicCodes = codes;
        }
        return codes;
    }

    private static Set<String> speakerSlugs(ArticleAnalysis analysis) {
        Set<String> slugs = new HashSet<>();
        analysis.statements().stream().map(ExtractedStatement::speaker).filter(Objects::nonNull)
                .forEach(speaker -> slugs.add(ActorDirectory.slugOf(speaker.canonicalName())));
        analysis.roles().forEach(role -> slugs.add(ActorDirectory.slugOf(role.actor().canonicalName())));
        return slugs;
    }

    /** Every speaker the article names: of its statements, and of its roles with the bodies these name. */
    private static List<Speaker> speakers(ArticleAnalysis analysis) {
        List<Speaker> speakers = new ArrayList<>();
        analysis.roles().forEach(role -> {
            speakers.add(role.actor());
            if (role.body() != null) {
                speakers.add(role.body());
            }
        });
        analysis.statements().stream().map(ExtractedStatement::speaker).filter(Objects::nonNull)
                .forEach(speakers::add);
        return speakers;
    }

    private static Actor actorFor(Speaker speaker, ActorResolution resolution, Map<String, Actor> actorsByName) {
        Actor actor = actorsByName.computeIfAbsent(speaker.canonicalName(), name -> resolution.resolve(speaker));
        resolution.addAliases(actor, speaker.aliases()); // spellings met later in the article
        return actor;
    }
}
