package org.claimtracker.correction;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimtracker.actor.Actor;
import org.claimtracker.extraction.Stance;
import org.claimtracker.statement.Statement;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.topic.Topic;
import org.claimtracker.topic.TopicRepository;
import org.springframework.stereotype.Component;

/** Writes a correction's after-value onto a stored statement: the same step when it is made and when re-applied. */
@Component
class CorrectionApplier {

    private final ActorRedirects actors;
    private final StatementRepository statements;
    private final TopicRepository topics;

    CorrectionApplier(ActorRedirects actors, StatementRepository statements, TopicRepository topics) {
        this.actors = actors;
        this.statements = statements;
        this.topics = topics;
    }

    /** The statement's current value of what {@code kind} changes, in the correction's text form. */
    static String currentValue(Statement statement, CorrectionKind kind) {
        return switch (kind) {
            case SPEAKER -> speakerSlug(statement);
            // what a rejected statement was, for the review counts per speaker and topic: "slug|TOPIC:STANCE,..."
            case REJECT -> speakerSlug(statement) + "|" + CorrectionValues.stances(statement.stances());
            case KIND -> statement.getKind().name();
            case SPAN -> CorrectionValues.span(statement.span());
            case TOPICS -> CorrectionValues.stances(statement.stances());
            case SAID_ON -> CorrectionValues.date(statement.getSaidOn());
            case CONFIRM, ADD -> null;
        };
    }

    private static String speakerSlug(Statement statement) {
        return statement.getActor() == null ? "" : statement.getActor().getSlug();
    }

    void apply(Correction correction, Statement statement) {
        String after = correction.getAfterValue();
        switch (correction.getKind()) {
            case SPEAKER -> statement.reassign(speaker(after));
            case KIND, ADD -> statement.reclassify(CorrectionValues.kind(after));
            case SPAN -> statement.respan(CorrectionValues.span(after));
            case TOPICS -> statement.restance(knownTopics(CorrectionValues.stances(after)));
            case SAID_ON -> statement.redate(CorrectionValues.date(after));
            case CONFIRM -> {
                // confirming changes nothing: the record itself is the mark
            }
            case REJECT -> statements.delete(statement);
        }
        statements.flush();
        correction.placedOn(correction.getKind() == CorrectionKind.REJECT ? null : statement.getId());
    }

    private Actor speaker(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return actors.findBySlug(slug)
                .orElseThrow(() -> new UnplaceableCorrectionException("the speaker '" + slug + "' no longer exists"));
    }

    private Map<String, Stance> knownTopics(Map<String, Stance> stances) {
        Set<String> known = topics.findAll().stream().map(Topic::getCode).collect(Collectors.toSet());
        stances.keySet().stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
            throw new UnplaceableCorrectionException("the topic " + code + " no longer exists");
        });
        return stances;
    }
}
