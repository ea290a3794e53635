package org.claimtracker.ingest;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorDirectory;
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
 * Stores one article with everything extraction finds in it, in one transaction: all of it or nothing. An article
 * whose normalised body is already stored is a duplicate and changes nothing, unless an older extractor read it:
 * then its statements are found again, so an upgrade reaches the articles already stored. A new reading of stored
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
        String contentHash = Article.contentHashOf(parsed.body());
        locks.lockArticleText(contentHash);
        var existing = articles.findByContentHash(contentHash);
        if (existing.isPresent()) {
            Article article = existing.get();
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
            int found = storeAnalysis(article, parsed);
            statements.flush();
            // editors' corrections are kept apart from what extraction finds: put them back on the new output
            corrections.reapply(article);
            affiliations.removeOrphans(formerActors); // names the new extractor resolves otherwise
            return IngestResult.reextracted(article.getId(), found);
        }
        Article article = articles.save(new Article(parsed.sourceName(), parsed.metadata(), parsed.body(),
                clock.instant(), extractor.version()));
        return IngestResult.ingested(article.getId(), storeAnalysis(article, parsed));
    }

    /** Stores what extraction finds in the article; returns the number of statements. */
    private int storeAnalysis(Article article, ParsedArticle parsed) {
        ArticleAnalysis analysis = extractor.extract(parsed.toArticleText());
        locks.lockActors(speakerSlugs(analysis));

        Map<String, Actor> actorsByName = new HashMap<>();
        saveRoles(article, analysis.roles(), actorsByName);
        Set<String> knownTopics = topics.findAll().stream().map(Topic::getCode).collect(Collectors.toSet());
        int seq = 0;
        for (ExtractedStatement found : analysis.statements()) {
            Actor actor = found.speaker() == null ? null : actorFor(found.speaker(), actorsByName);
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
        return analysis.statements().size();
    }

    private void saveRoles(Article article, List<RoleMention> mentions, Map<String, Actor> actorsByName) {
        Set<String> seen = new HashSet<>();
        for (RoleMention mention : mentions) {
            if (mention.span().length() == 0 || mention.role().isBlank()) {
                continue;
            }
            Actor actor = actorFor(mention.actor(), actorsByName);
            if (seen.add(actor.getSlug() + "\u0000" + mention.role())) {
                ActorRole role = roles.save(new ActorRole(actor, article, mention.role(), mention.span().start(),
                        mention.span().end()));
                if (mention.body() != null) {
                    affiliations.fromRole(actor, actorFor(mention.body(), actorsByName), role);
                }
            }
        }
    }

    private static Set<String> speakerSlugs(ArticleAnalysis analysis) {
        Set<String> slugs = new HashSet<>();
        analysis.statements().stream().map(ExtractedStatement::speaker).filter(java.util.Objects::nonNull)
                .forEach(speaker -> slugs.add(ActorDirectory.slugOf(speaker.canonicalName())));
        analysis.roles().forEach(role -> slugs.add(ActorDirectory.slugOf(role.actor().canonicalName())));
        return slugs;
    }

    private Actor actorFor(Speaker speaker, Map<String, Actor> actorsByName) {
        Actor actor = actorsByName.computeIfAbsent(speaker.canonicalName(), name -> actorDirectory.resolve(speaker));
        actor.addAliases(speaker.aliases()); // spellings met later in the article
        return actor;
    }
}
