package org.claimtracker.correction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.claimtracker.article.Article;
import org.claimtracker.audit.AuditLog;
import org.claimtracker.extraction.TextSpan;
import org.claimtracker.statement.Statement;
import org.claimtracker.statement.StatementRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After an article is extracted again, applies its corrections, oldest first, to the new statements: each is placed
 * on the statement at its anchor (by span, else by text); one that cannot be placed is marked as needing attention,
 * never dropped.
 */
@Component
public class CorrectionReplay {

    /** What re-applying an article's corrections came to. */
    public record Outcome(int applied, int needAttention) {
    }

    private final CorrectionRepository corrections;
    private final StatementRepository statements;
    private final CorrectionApplier applier;
    private final StatementCorrections editorActions;
    private final AuditLog audit;

    CorrectionReplay(CorrectionRepository corrections, StatementRepository statements, CorrectionApplier applier,
            StatementCorrections editorActions, AuditLog audit) {
        this.corrections = corrections;
        this.statements = statements;
        this.applier = applier;
        this.editorActions = editorActions;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome reapply(Article article) {
        List<Correction> list = corrections.findByArticleIdOrderById(article.getId());
        if (list.isEmpty()) {
            return new Outcome(0, 0);
        }
        List<Statement> current = new ArrayList<>(statements.findByArticleIdOrderBySeq(article.getId()));
        String body = article.getBody();
        int applied = 0;
        for (Correction correction : list) {
            if (!correction.getContentHash().equals(article.getContentHash())) {
                correction.needsAttention("the article's text changed");
            } else if (correction.getKind() == CorrectionKind.ADD) {
                applied += placeAddition(article, current, correction) ? 1 : 0;
            } else {
                applied += placeChange(body, current, correction) ? 1 : 0;
            }
        }
        int attention = list.size() - applied;
        audit.record("system", "CORRECTIONS_REAPPLIED", "article " + article.getId(),
                applied + " re-applied, " + attention + " need attention");
        return new Outcome(applied, attention);
    }

    private boolean placeAddition(Article article, List<Statement> current, Correction correction) {
        Optional<Statement> found = StatementLocator.exact(current, correction);
        if (found.isPresent()) {
            // the extractor now finds it by itself: the addition stands on that statement
            correction.placedOn(found.get().getId());
            return true;
        }
        Optional<TextSpan> where = StatementLocator.textIn(article.getBody(), correction);
        if (where.isEmpty()) {
            correction.needsAttention("the added text is no longer in the article");
            return false;
        }
        Statement created = editorActions.createAt(article, current, where.get(),
                CorrectionValues.kind(correction.getAfterValue()));
        current.add(created);
        correction.placedOn(created.getId());
        return true;
    }

    private boolean placeChange(String body, List<Statement> current, Correction correction) {
        Optional<Statement> found = StatementLocator.locate(current, body, correction);
        if (found.isEmpty()) {
            correction.needsAttention("no statement stands at “" + correction.getAnchorText() + "” any more");
            return false;
        }
        try {
            applier.apply(correction, found.get());
        } catch (UnplaceableCorrectionException | IllegalArgumentException e) {
            correction.needsAttention(e.getMessage());
            return false;
        }
        if (correction.getKind() == CorrectionKind.REJECT) {
            current.remove(found.get());
        }
        return true;
    }
}
