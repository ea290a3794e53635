package org.claimtracker.correction;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorDirectory;
import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.audit.AuditLog;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Speaker;
import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.extraction.TextSpan;
import org.claimtracker.statement.PositionSummaries;
import org.claimtracker.statement.Statement;
import org.claimtracker.statement.StatementRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an editor does to a statement: each change is applied to the stored statement and kept as a correction
 * record, in one transaction, with an audit entry. Bad input is an {@link IllegalArgumentException}; a statement or
 * article that does not exist a {@link NoSuchElementException}.
 */
@Service
public class StatementCorrections {

    static final String EDITOR_DECIDED = "editor";

    private final StatementRepository statements;
    private final ArticleRepository articles;
    private final CorrectionRepository corrections;
    private final CorrectionApplier applier;
    private final ActorDirectory actorDirectory;
    private final AuditLog audit;
    private final Clock clock;
    private final PositionSummaries summaries;

    StatementCorrections(StatementRepository statements, ArticleRepository articles, CorrectionRepository corrections,
            CorrectionApplier applier, ActorDirectory actorDirectory, AuditLog audit, Clock clock,
            PositionSummaries summaries) {
        this.summaries = summaries;
        this.statements = statements;
        this.articles = articles;
        this.corrections = corrections;
        this.applier = applier;
        this.actorDirectory = actorDirectory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Changes one thing about a statement; {@code after} is in the form {@link CorrectionKind} names. */
    @Transactional
    public Correction correct(long statementId, CorrectionKind kind, String after, String note, String editor) {
        if (kind == CorrectionKind.ADD) {
            throw new IllegalArgumentException("a missed statement is added from its article");
        }
        Statement statement = statements.findById(statementId)
                .orElseThrow(() -> new NoSuchElementException("statement " + statementId));
        Correction correction = new Correction(statement.getArticle().getId(),
                statement.getArticle().getContentHash(), statementId, kind, statement.span(), statement.getContent(),
                CorrectionApplier.currentValue(statement, kind), normalised(kind, after), note, editor,
                clock.instant());
        try {
            applier.apply(correction, statement);
        } catch (UnplaceableCorrectionException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        corrections.save(correction);
        audit.record(editor, "CORRECTION_" + kind, "statement " + statementId,
                describe(correction) + " — " + correction.getNote());
        summaries.refresh();
        return correction;
    }

    /** Names as speaker an actor the site did not know yet, registering it (or finding it, if the name is known). */
    @Transactional
    public Correction correctSpeakerToNewActor(long statementId, String name, ActorKind kind, String note,
            String editor) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("a new speaker needs a name of at most 200 characters");
        }
        Actor actor = actorDirectory.resolve(new Speaker(name.strip(), kind, List.of()));
        return correct(statementId, CorrectionKind.SPEAKER, actor.getSlug(), note, editor);
    }

    /**
     * Adds a statement extraction missed, at {@code span} of the article body, then names its speaker (a slug, or
     * blank for an unnamed source) and stances, each as a correction of its own.
     */
    @Transactional
    public Statement addMissed(long articleId, TextSpan span, StatementKind kind, String speakerSlug,
            Map<String, Stance> stances, String note, String editor) {
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new NoSuchElementException("article " + articleId));
        if (span.end() > article.getBody().length()) {
            throw new IllegalArgumentException("the selection falls outside the article body");
        }
        String text = span.of(article.getBody());
        if (text.isBlank()) {
            throw new IllegalArgumentException("the selection holds no words");
        }
        List<Statement> existing = statements.findByArticleIdOrderBySeq(articleId);
        if (existing.stream().anyMatch(s -> s.span().equals(span))) {
            throw new IllegalArgumentException("a statement already stands at exactly that place");
        }
        Correction added = new Correction(articleId, article.getContentHash(), null, CorrectionKind.ADD, span, text,
                null, kind.name(), note, editor, clock.instant());
        Statement statement = createAt(article, existing, span, kind);
        added.placedOn(statement.getId());
        corrections.save(added);
        audit.record(editor, "CORRECTION_ADD", "statement " + statement.getId(), "added “" + text + "” — " + note);
        if (speakerSlug != null && !speakerSlug.isBlank()) {
            correct(statement.getId(), CorrectionKind.SPEAKER, speakerSlug, note, editor);
        }
        if (!stances.isEmpty()) {
            correct(statement.getId(), CorrectionKind.TOPICS, CorrectionValues.stances(stances), note, editor);
        }
        summaries.refresh();
        return statement;
    }

    /** A new statement at {@code span}, numbered after the article's others, marked as decided by an editor. */
    Statement createAt(Article article, List<Statement> existing, TextSpan span, StatementKind kind) {
        int seq = existing.stream().map(Statement::getSeq).max(Comparator.naturalOrder()).map(n -> n + 1).orElse(0);
        return statements.saveAndFlush(new Statement(article, null, seq, kind, span.of(article.getBody()),
                List.of(span), null, null, EDITOR_DECIDED, 1.0, null));
    }

    @Transactional(readOnly = true)
    public List<Correction> historyOf(long statementId) {
        return corrections.findByStatementIdOrderById(statementId);
    }

    private static String normalised(CorrectionKind kind, String after) {
        return switch (kind) {
            case SPEAKER -> after == null ? "" : after.strip();
            case KIND -> CorrectionValues.kind(after).name();
            case SPAN -> CorrectionValues.span(CorrectionValues.span(after == null ? "" : after));
            case TOPICS -> CorrectionValues.stances(CorrectionValues.stances(after));
            case SAID_ON -> CorrectionValues.date(CorrectionValues.date(after));
            case CONFIRM, REJECT, ADD -> null;
        };
    }

    static String describe(Correction correction) {
        if (!correction.getKind().changes() || correction.getKind() == CorrectionKind.REJECT) {
            return correction.getKind().label();
        }
        return correction.getKind().label() + ": " + blankAsNone(correction.getBeforeValue()) + " → "
                + blankAsNone(correction.getAfterValue());
    }

    private static String blankAsNone(String value) {
        return value == null || value.isBlank() ? "(none)" : value;
    }
}
