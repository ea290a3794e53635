package org.claimtracker.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorDirectory;
import org.claimtracker.actor.ActorRepository;
import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.article.PublicationDateSource;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.extraction.TextSpan;
import org.claimtracker.statement.Statement;
import org.claimtracker.statement.StatementRepository;

/**
 * Saves articles, actors and statements straight through the repositories, so web and query tests do not depend
 * on what the extraction engine finds today.
 */
public final class TestData {

    private final ArticleRepository articles;
    private final ActorRepository actors;
    private final StatementRepository statements;

    public TestData(ArticleRepository articles, ActorRepository actors, StatementRepository statements) {
        this.articles = articles;
        this.actors = actors;
        this.statements = statements;
    }

    public Article article(String sourceName, String outlet, LocalDate date, String body) {
        return articles.save(new Article(sourceName, sourceName.replaceAll("\\.\\w+$", "").replace('-', ' '), outlet,
                date, date == null ? PublicationDateSource.NONE : PublicationDateSource.HEADER, body,
                Instant.parse("2026-01-01T10:00:00Z"), "test-1"));
    }

    public Actor actor(String name, ActorKind kind, String... aliases) {
        Actor actor = new Actor(ActorDirectory.slugOf(name), name, kind, Instant.parse("2026-01-01T10:00:00Z"));
        actor.addAliases(List.of(aliases));
        return actors.save(actor);
    }

    public Actor actor(String slug) {
        return actors.findBySlug(slug).orElseThrow();
    }

    /**
     * Saves a statement whose words are the first occurrence of {@code words} in the article body, with the given
     * stances (topic code to stance), said on the article's date.
     */
    public Statement statement(Article article, Actor actor, String words, Map<String, Stance> stances) {
        int start = article.getBody().indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in " + article.getSourceName());
        }
        return statement(article, actor, words, List.of(new TextSpan(start, start + words.length())), stances);
    }

    public Statement statement(Article article, Actor actor, String content, List<TextSpan> parts,
            Map<String, Stance> stances) {
        int seq = (int) statements.countByArticleId(article.getId());
        Statement statement = new Statement(article, actor, seq, StatementKind.DIRECT, content, parts,
                actor == null ? null : actor.getName(), "said", "test", 0.9, null);
        stances.forEach(statement::takePosition);
        return statements.save(statement);
    }
}
