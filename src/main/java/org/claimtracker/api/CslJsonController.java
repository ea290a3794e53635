package org.claimtracker.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.claimtracker.statement.Citation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A statement as CSL-JSON (the Citation Style Language's data format), which Zotero, Mendeley and pandoc import: one
 * {@code article-newspaper} item for the article that reports the statement, the speaker and the words in its note.
 */
@Tag(name = "Statements")
@RestController
class CslJsonController {

    static final MediaType CSL_JSON = MediaType.parseMediaType("application/vnd.citationstyles.csl+json");

    private final StatementCitations citations;

    CslJsonController(StatementCitations citations) {
        this.citations = citations;
    }

    @Operation(summary = "One statement as CSL-JSON, for reference managers")
    @DocumentedResponses.BadRequest
    @DocumentedResponses.NotFound
    @GetMapping(path = "/statements/{id}.csl.json")
    ResponseEntity<List<Map<String, Object>>> csl(@Parameter(description = "Statement id") @PathVariable long id) {
        Citation citation = citations.find(id).map(StatementCitations.Cited::citation)
                .orElseThrow(() -> new NotFoundException("statement", id));
        return ResponseEntity.ok().contentType(CSL_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"statement-" + id + ".csl.json\"")
                .body(List.of(item(id, citation)));
    }

    static Map<String, Object> item(long id, Citation citation) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "claimtracker-statement-" + id);
        item.put("type", "article-newspaper");
        if (citation.headline() != null) {
            item.put("title", citation.headline());
        }
        if (citation.outlet() != null) {
            item.put("container-title", citation.outlet());
        }
        if (citation.author() != null) {
            item.put("author", authors(citation.author()));
        }
        if (citation.publishedOn() != null) {
            item.put("issued", date(citation.publishedOn()));
        }
        item.put("URL", citation.url() != null ? citation.url() : citation.permalink());
        item.put("accessed", date(citation.accessedOn()));
        StringBuilder note = new StringBuilder();
        note.append(citation.speaker() != null ? citation.speaker() : "Unattributed").append(": “")
                .append(citation.words()).append("”");
        if (citation.saidOn() != null) {
            note.append(" (said ").append(citation.saidOn()).append(")");
        }
        note.append(". Claim Tracker: ").append(citation.permalink());
        item.put("note", note.toString());
        return item;
    }

    /** "Jane Doe, John Smith" as CSL names: family and given for a plain two- or three-word name, else literal. */
    private static List<Map<String, String>> authors(String authors) {
        List<Map<String, String>> names = new ArrayList<>();
        for (String author : authors.split("\\s*(?:,|;|\\band\\b)\\s*")) {
            if (author.isBlank()) {
                continue;
            }
            String[] words = author.strip().split("\\s+");
            boolean personal = words.length >= 2 && words.length <= 3
                    && Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.charAt(0)));
            if (personal) {
                int last = author.strip().lastIndexOf(' ');
                names.add(Map.of("given", author.strip().substring(0, last), "family",
                        author.strip().substring(last + 1)));
            } else {
                names.add(Map.of("literal", author.strip()));
            }
        }
        return names;
    }

    private static Map<String, Object> date(LocalDate date) {
        return Map.of("date-parts", List.of(List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())));
    }
}
