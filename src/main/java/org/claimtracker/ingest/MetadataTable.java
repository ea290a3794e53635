package org.claimtracker.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.article.PublicationDateSource;

/**
 * A table of article metadata kept beside the article files: a {@code .csv} (RFC 4180) or {@code .tsv} (tab
 * separated, no quoting) whose header names a file column and at least one of date, outlet, title, author and url.
 * Column names are matched case-insensitively, with common synonyms ({@code headline}, {@code publisher},
 * {@code published}, {@code link}, any name ending in {@code url} or {@code address}, ...); other columns are
 * ignored. A url cell counts up to its first space, so a note after the address ("https://... (via a mirror)") is
 * left out; a date that is not YYYY-MM-DD is ignored. Rows are matched to files by file name.
 */
final class MetadataTable {

    enum Column { FILE, DATE, OUTLET, TITLE, AUTHOR, URL }

    private static final Map<String, Column> NAMES = names();
    private static final Pattern LEADING_WEB_ADDRESS = Pattern.compile("\\A(https?://[^\\s/?#]+\\S*)");
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
    private static final CSVFormat TSV = CSVFormat.RFC4180.builder().setDelimiter('\t').setQuote(null)
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
            .setAllowMissingColumnNames(true).get();

    private final Map<String, ArticleMetadata> byFileName;

    private MetadataTable(Map<String, ArticleMetadata> byFileName) {
        this.byFileName = byFileName;
    }

    static boolean mayBeTable(String fileName) {
        return Set.of("csv", "tsv").contains(ArticleFileReader.extension(fileName));
    }

    /** The table in {@code text}, or empty when its header names no file column or nothing else to use. */
    static Optional<MetadataTable> parse(String fileName, String text) {
        CSVFormat format = "tsv".equals(ArticleFileReader.extension(fileName)) ? TSV : CSV;
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<Column, Integer> columns = columns(parser.getHeaderNames());
            if (!columns.containsKey(Column.FILE) || columns.size() < 2) {
                return Optional.empty();
            }
            Map<String, ArticleMetadata> rows = new HashMap<>();
            for (CSVRecord row : parser) {
                String file = baseName(cell(row, columns, Column.FILE));
                if (file != null) {
                    rows.put(file, metadata(row, columns));
                }
            }
            return Optional.of(new MetadataTable(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a malformed table (duplicate header names, an unclosed quote) is not a metadata table
            return Optional.empty();
        }
    }

    /** What the table says about the file of that name; nothing when it has no row for it. */
    ArticleMetadata forFile(String fileName) {
        return byFileName.getOrDefault(fileName, ArticleMetadata.NONE);
    }

    int rows() {
        return byFileName.size();
    }

    private static ArticleMetadata metadata(CSVRecord row, Map<Column, Integer> columns) {
        LocalDate date = date(cell(row, columns, Column.DATE));
        return new ArticleMetadata(cell(row, columns, Column.TITLE), cell(row, columns, Column.OUTLET),
                cell(row, columns, Column.AUTHOR), webAddress(cell(row, columns, Column.URL)), date,
                date == null ? PublicationDateSource.NONE : PublicationDateSource.METADATA_TABLE);
    }

    private static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : normalised(header.get(i));
            Column column = NAMES.get(name);
            if (column == null && (name.endsWith("url") || name.endsWith("address") || name.endsWith("link"))) {
                column = Column.URL;
            }
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    private static String normalised(String headerName) {
        return headerName.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static String cell(CSVRecord row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static String baseName(String path) {
        if (path == null) {
            return null;
        }
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return name.isEmpty() ? null : name;
    }

    private static String webAddress(String cell) {
        if (cell == null) {
            return null;
        }
        Matcher m = LEADING_WEB_ADDRESS.matcher(cell);
        return m.find() ? m.group(1) : null;
    }

    private static LocalDate date(String cell) {
        if (cell == null) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, Column> names() {
        Map<String, Column> names = new HashMap<>();
        for (String n : List.of("file", "filename", "file_name", "path", "source_file", "article_file")) {
            names.put(n, Column.FILE);
        }
        for (String n : List.of("date", "published", "published_on", "published_at", "publication_date",
                "date_published", "published_date", "pubdate")) {
            names.put(n, Column.DATE);
        }
        for (String n : List.of("outlet", "publisher", "publication", "site", "site_name", "source")) {
            names.put(n, Column.OUTLET);
        }
        for (String n : List.of("title", "headline")) {
            names.put(n, Column.TITLE);
        }
        for (String n : List.of("author", "authors", "byline", "by")) {
            names.put(n, Column.AUTHOR);
        }
        for (String n : List.of("url", "link", "address", "uri", "canonical", "source_address", "source_url")) {
            names.put(n, Column.URL);
        }
        return Map.copyOf(names);
    }
}
