package org.claimtracker.statement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How to cite a statement: who said what and when, where it was reported (outlet, headline, author, publication
 * date, original address), the permanent address of the statement here, and the day it was looked up.
 *
 * @param headline  the article's title when a source gave one; null otherwise (a first sentence is no title)
 * @param permalink the absolute address of the statement's page
 */
public record Citation(String speaker, String words, LocalDate saidOn, String outlet, String headline, String author,
        LocalDate publishedOn, String url, String permalink, LocalDate accessedOn) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public static Citation of(StatementHit hit, String permalink, LocalDate accessedOn) {
        String speaker = hit.hasSpeaker() ? hit.actorName() : hit.mention();
        // the article's own date is in "Reported in ..."; "said" only for a day the article gives for the words
        return new Citation(speaker, hit.content(), hit.datedByArticle() ? null : hit.saidOn(),
                hit.outlet(), hit.articleTitle(), hit.author(), hit.publishedOn(), hit.url(), permalink, accessedOn);
    }

    /**
     * The citation as one paragraph, e.g. {@code Dmitry Peskov, “We are ready.” (said 3 March 2025). Reported in
     * Jane Doe, “Kremlin says...”, Reuters, 3 March 2025, https://... Claim Tracker, https://.../statements/7
     * (accessed 29 November 2026).}
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(speaker != null ? speaker : "Unattributed").append(", “").append(words).append("”");
        if (saidOn != null) {
            text.append(" (said ").append(DAY.format(saidOn)).append(")");
        }
        List<String> source = new ArrayList<>();
        if (author != null) {
            source.add(author);
        }
        if (headline != null) {
            source.add("“" + headline + "”");
        }
        if (outlet != null) {
            source.add(outlet);
        }
        if (publishedOn != null) {
            source.add(DAY.format(publishedOn));
        }
        if (url != null) {
            source.add(url);
        }
        text.append(". ");
        if (!source.isEmpty()) {
            text.append("Reported in ").append(String.join(", ", source)).append(". ");
        }
        text.append("Claim Tracker, ").append(permalink).append(" (accessed ").append(DAY.format(accessedOn))
                .append(").");
        return text.toString();
    }
}
