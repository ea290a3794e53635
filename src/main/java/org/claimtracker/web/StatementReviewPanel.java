package org.claimtracker.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorRepository;
import org.claimtracker.correction.Correction;
import org.claimtracker.correction.CorrectionKind;
import org.claimtracker.correction.StatementCorrections;
import org.claimtracker.extraction.Stance;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Builds the editorial part of a statement page. */
@Component
class StatementReviewPanel {

    private final StatementCorrections corrections;
    private final ActorRepository actors;
    private final Topics topics;

    StatementReviewPanel(StatementCorrections corrections, ActorRepository actors, Topics topics) {
        this.corrections = corrections;
        this.actors = actors;
        this.topics = topics;
    }

    StatementReviewView of(long statementId, Map<String, Stance> stances, boolean editor) {
        List<Correction> history = corrections.historyOf(statementId);
        boolean verified = history.stream().anyMatch(c -> c.getKind() == CorrectionKind.CONFIRM);
        boolean corrected = history.stream().anyMatch(c -> c.getKind().changes());
        // readers' pages read only the speakers the history names; the editor's speaker choice needs them all
        List<Actor> everyone = editor ? actors.findAll(Sort.by("name")) : List.of();
        Map<String, String> names = editor
                ? everyone.stream().collect(Collectors.toMap(Actor::getSlug, Actor::getName))
                : history.stream().filter(c -> c.getKind() == CorrectionKind.SPEAKER)
                        .flatMap(c -> Stream.of(c.getBeforeValue(), c.getAfterValue()))
                        .filter(slug -> slug != null && !slug.isBlank()).distinct()
                        .flatMap(slug -> actors.findBySlug(slug).stream())
                        .collect(Collectors.toMap(Actor::getSlug, Actor::getName));
        Function<String, String> shown = value -> value == null || value.isBlank() ? "—" : value;
        List<CorrectionEntry> entries = history.stream()
                .map(c -> {
                    Function<String, String> display = c.getKind() == CorrectionKind.SPEAKER
                            ? v -> v == null || v.isBlank() ? "unnamed source" : names.getOrDefault(v, v)
                            : shown;
                    boolean valued = c.getKind().changes() && c.getKind() != CorrectionKind.REJECT
                            && c.getKind() != CorrectionKind.ADD;
                    return new CorrectionEntry(c.getCreatedAt(), c.getKind().label(),
                            valued ? display.apply(c.getBeforeValue()) : null,
                            valued ? display.apply(c.getAfterValue()) : null, c.getNote(),
                            editor ? c.getEditor() : null);
                })
                .toList();
        List<StatementReviewView.ActorChoice> choices = editor
                ? everyone.stream().map(a -> new StatementReviewView.ActorChoice(a.getSlug(), a.getName())).toList()
                : List.of();
        return new StatementReviewView(verified, corrected, entries, editor, choices, topics.all(), stances);
    }
}
