package org.claimtracker.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

import org.claimtracker.correction.CorrectionKind;
import org.claimtracker.correction.CorrectionValues;
import org.claimtracker.correction.StatementCorrections;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Stance;
import org.claimtracker.statement.InvalidParameterException;
import org.claimtracker.statement.StatementRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statement page's correction forms post here (editors only, with a CSRF token: see SecurityConfiguration).
 * Each form names the kind of correction and carries the new value and a short note.
 */
@Controller
class CorrectionController {

    static final int MAX_NOTE = 500;
    static final String STANCE_PREFIX = "stance.";

    private final StatementCorrections corrections;
    private final StatementRepository statements;

    CorrectionController(StatementCorrections corrections, StatementRepository statements) {
        this.corrections = corrections;
        this.statements = statements;
    }

    @PostMapping("/statements/{id}/corrections")
    String correct(@PathVariable long id, @RequestParam String kind, @RequestParam(defaultValue = "") String note,
            @RequestParam Map<String, String> form, Principal editor) {
        CorrectionKind what = kindNamed(kind);
        String why = checkedNote(note);
        Long articleId = statements.findById(id).map(s -> s.getArticle().getId())
                .orElseThrow(() -> new PageNotFoundException("statement", id));
        try {
            if (what == CorrectionKind.SPEAKER && !form.getOrDefault("newSpeakerName", "").isBlank()) {
                corrections.correctSpeakerToNewActor(id, form.get("newSpeakerName"),
                        actorKind(form.getOrDefault("newSpeakerKind", "PERSON")), why, editor.getName());
            } else {
                corrections.correct(id, what, afterValue(what, form), why, editor.getName());
            }
        } catch (NoSuchElementException e) {
            throw new PageNotFoundException("statement", id);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameterOf(what), e.getMessage());
        }
        String next = form.getOrDefault("next", "");
        if (next.startsWith("/review") && !next.startsWith("//")) {
            return "redirect:" + next;
        }
        return what == CorrectionKind.REJECT ? "redirect:/articles/" + articleId + "?rejected=" + id
                : "redirect:/statements/" + id;
    }

    private static String afterValue(CorrectionKind kind, Map<String, String> form) {
        return switch (kind) {
            case SPEAKER -> form.getOrDefault("speaker", "");
            case KIND -> form.getOrDefault("statementKind", "");
            case SPAN -> form.getOrDefault("start", "") + "-" + form.getOrDefault("end", "");
            case TOPICS -> CorrectionValues.stances(stancesIn(form));
            case SAID_ON -> form.getOrDefault("saidOn", "");
            case CONFIRM, REJECT, ADD -> null;
        };
    }

    /** The {@code stance.TOPIC} fields that name a stance; a blank one drops the topic. */
    static Map<String, Stance> stancesIn(Map<String, String> form) {
        Map<String, Stance> stances = new TreeMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(STANCE_PREFIX) && value != null && !value.isBlank()) {
                stances.put(name.substring(STANCE_PREFIX.length()), CorrectionValues.stance(value));
            }
        });
        return stances;
    }

    static String checkedNote(String note) {
        if (note.isBlank()) {
            throw new InvalidParameterException("note", "every correction needs a short note saying why");
        }
        if (note.length() > MAX_NOTE) {
            throw new InvalidParameterException("note", "a note has at most " + MAX_NOTE + " characters");
        }
        return note.strip();
    }

    static ActorKind actorKind(String value) {
        try {
            return ActorKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("newSpeakerKind", "a speaker is a PERSON, ORGANISATION or COUNTRY");
        }
    }

    private static CorrectionKind kindNamed(String kind) {
        try {
            CorrectionKind what = CorrectionKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            if (what == CorrectionKind.ADD) {
                throw new IllegalArgumentException();
            }
            return what;
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("kind", "the kind of correction is one of speaker, kind, span, topics,"
                    + " said_on, confirm or reject");
        }
    }

    private static String parameterOf(CorrectionKind kind) {
        return switch (kind) {
            case SPEAKER -> "speaker";
            case KIND -> "statementKind";
            case SPAN -> "start";
            case TOPICS -> "stance";
            case SAID_ON -> "saidOn";
            default -> "kind";
        };
    }
}
