package org.claimtracker.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.article.PublicationDateSource;

/**
 * Plain text, optionally opened by a header:
 * <pre>
 *  date 2025-03-12
 *  title Zelensky rejects calls for an immediate ceasefire
 *  outlet Reuters
 *  author Tom Balmforth
 *  url https://www.reuters.com/...
 * The article text...
 * </pre>
 * The date line comes first; the other lines are optional, in any order, each indented and once. The body may also
 * start on the date line itself, as the seed files do ({@code " date 2025-03-03 Ukrainian President..."}), and then
 * no other header line follows. An indented {@code date} line is always a header, so one whose date does not parse
 * ({@code " date yesterday"}) rejects the file; unindented, only a value starting with a digit makes it one, so an
 * article opening "date of the talks..." is text. CRLF and CR line ends are read like LF.
 */
final class PlainTextArticleReader implements ArticleReader {

    private enum Field { TITLE, OUTLET, AUTHOR, URL }

    private static final Pattern DATE_START = Pattern.compile("\\A([ \\t]*)date(?=[ \\t\\n]|\\z)");
    private static final Pattern FIELD_LINE =
            Pattern.compile("\\A[ \\t]+(title|outlet|author|url)[ \\t]+(\\S[^\\n]*)(?:\\n|\\z)");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s/?#]+[^\\s]*");

    @Override
    public boolean supports(String extension) {
        return Set.of("txt", "text").contains(extension);
    }

    @Override
    public boolean outranksMetadataTable() {
        return true;
    }

    @Override
    public ParsedArticle read(String fileName, String content) throws RejectedFileException {
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        Matcher start = DATE_START.matcher(text);
        if (!start.lookingAt()) {
            return new ParsedArticle(fileName, TextNormaliser.normalise(text), ArticleMetadata.NONE);
        }
        boolean indented = !start.group(1).isEmpty();
        int lineEnd = text.indexOf('\n', start.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        String rest = text.substring(start.end(), lineEnd).strip();
        String value = rest.isEmpty() ? "" : rest.split("[ \\t]+", 2)[0];
        if (!indented && !value.isEmpty() && !Character.isDigit(value.charAt(0))) {
            return new ParsedArticle(fileName, TextNormaliser.normalise(text), ArticleMetadata.NONE);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RejectedFileException("malformed date header '" + value + "': expected date YYYY-MM-DD");
        }
        String bodyOnDateLine = rest.substring(value.length()).strip();
        Map<Field, String> fields = new EnumMap<>(Field.class);
        int position = Math.min(lineEnd + 1, text.length());
        if (bodyOnDateLine.isEmpty()) {
            position = readFields(text, position, fields);
        }
        String body = bodyOnDateLine.isEmpty() ? text.substring(position)
                : bodyOnDateLine + text.substring(lineEnd);
        ArticleMetadata metadata = new ArticleMetadata(fields.get(Field.TITLE), fields.get(Field.OUTLET),
                fields.get(Field.AUTHOR), fields.get(Field.URL), date, PublicationDateSource.HEADER);
        return new ParsedArticle(fileName, TextNormaliser.normalise(body), metadata);
    }

    /** Reads the optional header lines after the date line; returns where the body starts. */
    private static int readFields(String text, int position, Map<Field, String> fields) throws RejectedFileException {
        Matcher line = FIELD_LINE.matcher(text);
        while (position < text.length() && line.region(position, text.length()).lookingAt()) {
            Field field = Field.valueOf(line.group(1).toUpperCase(Locale.ROOT));
            String value = line.group(2).strip();
            if (fields.containsKey(field)) {
                throw new RejectedFileException("the header names the " + line.group(1) + " twice");
            }
            if (field == Field.URL && !WEB_ADDRESS.matcher(value).matches()) {
                throw new RejectedFileException("malformed url header '" + value + "': expected an http(s) address");
            }
            fields.put(field, value);
            position = line.end();
        }
        return position;
    }
}
