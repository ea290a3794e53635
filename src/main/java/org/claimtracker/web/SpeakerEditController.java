package org.claimtracker.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;

import org.claimtracker.actor.ActorProfile;
import org.claimtracker.actor.ActorQueries;
import org.claimtracker.correction.SpeakerEdits;
import org.claimtracker.statement.InvalidParameterException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Editors merge, rename, re-kind and alias speakers and tie them to bodies; each form posts with a note and the CSRF token. */
@Controller
class SpeakerEditController {

    private final ActorQueries actors;
    private final SpeakerEdits edits;

    SpeakerEditController(ActorQueries actors, SpeakerEdits edits) {
        this.actors = actors;
        this.edits = edits;
    }

    @GetMapping("/speakers/{slug}/edit")
    String form(@PathVariable String slug, HttpServletRequest request, Model model) {
        if (!request.isUserInRole("EDITOR")) {
            throw new AccessDeniedException("editors only");
        }
        ActorProfile profile = actors.profile(slug).orElseThrow(() -> new PageNotFoundException("speaker", slug));
        model.addAttribute("speaker", profile);
        return "review/speaker-edit";
    }

    @PostMapping("/speakers/{slug}/edit")
    String edit(@PathVariable String slug, @RequestParam String action, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, Principal editor) {
        String why = CorrectionController.checkedNote(note);
        String target = slug;
        try {
            switch (action) {
                case "merge" -> {
                    edits.merge(slug, value.strip(), why, editor.getName());
                    target = value.strip();
                }
                case "rename" -> edits.rename(slug, value, why, editor.getName());
                case "kind" -> edits.changeKind(slug, CorrectionController.actorKind(value), why, editor.getName());
                case "alias" -> edits.addAlias(slug, value, why, editor.getName());
                case "affiliation" -> edits.addAffiliation(slug, value, date("from", from), date("to", to), why,
                        editor.getName());
                default -> throw new InvalidParameterException("action",
                        "the action is merge, rename, kind, alias or affiliation");
            }
        } catch (NoSuchElementException e) {
            if ((action.equals("merge") || action.equals("affiliation")) && actors.profile(slug).isPresent()) {
                throw new InvalidParameterException("value", "no speaker has the slug '" + value + "'");
            }
            throw new PageNotFoundException("speaker", slug);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("value", e.getMessage());
        }
        return "redirect:/speakers/" + target;
    }

    private static LocalDate date(String name, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " must be a date like 2025-03-01, not '" + value + "'");
        }
    }
}
