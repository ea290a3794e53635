package org.claimtracker.web;

import java.security.Principal;
import java.util.Map;
import java.util.NoSuchElementException;

import org.claimtracker.article.ArticleRepository;
import org.claimtracker.correction.CorrectionValues;
import org.claimtracker.correction.StatementCorrections;
import org.claimtracker.correction.TextSelection;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.extraction.TextSpan;
import org.claimtracker.statement.InvalidParameterException;
import org.claimtracker.statement.Statement;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adds a statement extraction missed: an editor selects words on the article page; the offsets are worked out here,
 * from the words, and checked against the body.
 */
@Controller
class MissedStatementController {

    static final int MAX_TEXT = 5000;

    private final ArticleRepository articles;
    private final StatementCorrections corrections;

    MissedStatementController(ArticleRepository articles, StatementCorrections corrections) {
        this.articles = articles;
        this.corrections = corrections;
    }

    @PostMapping("/articles/{id}/statements")
    String add(@PathVariable long id, @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) Integer hint, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String speaker, @RequestParam(defaultValue = "") String note,
            @RequestParam Map<String, String> form, Principal editor) {
        String why = CorrectionController.checkedNote(note);
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new InvalidParameterException("text", "select the words of the statement (at most " + MAX_TEXT
                    + " characters)");
        }
        String body = articles.findById(id).orElseThrow(() -> new PageNotFoundException("article", id)).getBody();
        TextSpan span = TextSelection.locate(body, text, hint).orElseThrow(() -> new InvalidParameterException("text",
                "the selected words are not in this article's text as stored; select within one paragraph"));
        Statement added;
        try {
            StatementKind statementKind = CorrectionValues.kind(kind.isBlank() ? "INDIRECT" : kind);
            added = corrections.addMissed(id, span, statementKind, speaker.strip(),
                    CorrectionController.stancesIn(form), why, editor.getName());
        } catch (NoSuchElementException e) {
            throw new PageNotFoundException("article", id);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("statement", e.getMessage());
        }
        return "redirect:/statements/" + added.getId();
    }
}
