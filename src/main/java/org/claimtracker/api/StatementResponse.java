package org.claimtracker.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.statement.Citation;
import org.claimtracker.statement.StatementHit;

/**
 * One statement as the API, the exports and the feeds give it. Apart from {@code id}, {@code actorSlug},
 * {@code articleId} and {@code saidOn}, the fields carry the names and meanings of the {@code extract} command's
 * output, so extracted and stored statements can be compared column for column.
 */
@Schema(name = "Statement", description = "A statement: who said what, in which article, about which topics.")
public record StatementResponse(
        @Schema(description = "Stable statement id", example = "42") long id,
        @Schema(description = "Slug of the speaker, null for an unnamed source", nullable = true,
                example = "volodymyr-zelenskyy") String actorSlug,
        @Schema(description = "Id of the article the statement is in") long articleId,
        @Schema(description = "The article's file name", example = "2025-03-12-reuters.txt") String source,
        @Schema(description = "The article's publication date (the same as publishedOn, kept for older clients)",
                nullable = true, example = "2025-03-12") LocalDate articleDate,
        @Schema(description = "The outlet that published the article", nullable = true, example = "Reuters")
        String outlet,
        @Schema(description = "The article's headline: its title, else its first sentence (never the file name)",
                example = "Kremlin says all Putin's conditions must be met") String title,
        @Schema(description = "The article's author(s)", nullable = true) String author,
        @Schema(description = "The article's original address", nullable = true) String url,
        @Schema(description = "The article's publication date", nullable = true, example = "2025-03-12")
        LocalDate publishedOn,
        @Schema(description = "When the words were said, when the article says so", nullable = true)
        LocalDate saidOn,
        @Schema(description = "How the article renders the statement") StatementKind kind,
        @Schema(description = "The words, exactly as in the article") String text,
        @Schema(description = "Offset of the first character in the article body (UTF-16 code units)") int start,
        @Schema(description = "Offset just past the last character in the article body") int end,
        @Schema(description = "The content's parts in the article body, in order: one for an unbroken statement, "
                + "several for a quotation split by its attribution or running over paragraphs; text is their "
                + "contents joined by a space") List<Part> parts,
        @Schema(description = "The speaker's canonical name", nullable = true) String speaker,
        @Schema(description = "How the article names the speaker here", nullable = true, example = "Mr. Peskov")
        String mention,
        @Schema(description = "The speech verb or phrase", nullable = true, example = "told reporters") String cue,
        @Schema(description = "Codes of the topics the statement takes a position on, in topic order")
        List<String> topics,
        @Schema(description = "Topic code -> the speaker's stance on it in this statement",
                example = "{\"CEASEFIRE\": \"SUPPORTS\"}") Map<String, Stance> stances,
        @Schema(description = "How to cite the statement; only in /api/statements/{id}, absent from lists and "
                + "exports", nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) CitationResponse citation) {

    /** The field names in JSON order: the CSV header is exactly these (a citation is no CSV column). */
    public static final List<String> FIELDS = Arrays.stream(StatementResponse.class.getRecordComponents())
            .map(c -> c.getName()).filter(name -> !name.equals("citation")).toList();

    /** One part of the content: {@code body.substring(start, end)}. */
    @Schema(name = "StatementPart")
    public record Part(int start, int end) {
    }

    public static StatementResponse of(StatementHit hit) {
        return new StatementResponse(hit.id(), hit.actorSlug(), hit.articleId(), hit.sourceName(), hit.publishedOn(),
                hit.outlet(), hit.articleHeadline(), hit.author(), hit.url(), hit.publishedOn(), hit.saidOn(),
                hit.kind(), hit.content(), hit.start(), hit.end(),
                hit.parts().stream().map(p -> new Part(p.start(), p.end())).toList(), hit.actorName(), hit.mention(),
                hit.cue(), List.copyOf(hit.stances().keySet()), hit.stances(), null);
    }

    /** The statement with how to cite it, as {@code /api/statements/{id}} gives it. */
    public static StatementResponse of(StatementHit hit, Citation citation) {
        StatementResponse item = of(hit);
        return new StatementResponse(item.id, item.actorSlug, item.articleId, item.source, item.articleDate,
                item.outlet, item.title, item.author, item.url, item.publishedOn, item.saidOn, item.kind, item.text,
                item.start, item.end, item.parts, item.speaker, item.mention, item.cue, item.topics, item.stances,
                CitationResponse.of(citation));
    }
}
