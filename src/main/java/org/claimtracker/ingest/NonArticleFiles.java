package org.claimtracker.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Files that travel with articles but are clearly none: notes, data and tables. They are skipped with the reason,
 * not rejected, so a folder with a README and a metadata table ingests without a false alarm. A file of any other
 * unknown type is still rejected: it may be an article in a format we cannot read.
 */
final class NonArticleFiles {

    private static final Set<String> NOTE_NAMES = Set.of("readme", "license", "licence", "changelog", "copying");
    private static final Map<String, String> DATA_EXTENSIONS = Map.of(
            "md", "a Markdown document", "markdown", "a Markdown document",
            "jsonl", "a JSON Lines data file", "ndjson", "a JSON Lines data file", "json", "a JSON data file",
            "csv", "a table", "tsv", "a table");

    private NonArticleFiles() {
    }

    /** Why the file is no article, or empty when it may be one. */
    static Optional<String> reason(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.indexOf('.');
        String stem = dot < 0 ? lower : lower.substring(0, dot);
        if (NOTE_NAMES.contains(stem)) {
            return Optional.of("not an article: " + fileName + " is a project note");
        }
        String kind = DATA_EXTENSIONS.get(ArticleFileReader.extension(fileName));
        return kind == null ? Optional.empty() : Optional.of("not an article: " + kind);
    }
}
