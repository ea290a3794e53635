package org.claimtracker.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.claimtracker.article.PublicationDateSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text, optionally opened by the seed header {@code " date YYYY-MM-DD"}. The header may end its own line or
 * be followed by the body on the same line, as the seed files do.
 */
final class PlainTextArticleReader implements ArticleReader {

    /**
     * "date" alone on the first line, or followed by a value that starts with a digit: a header, well-formed or not.
     * "date of the talks..." opening an article is text.
     */
    private static final Pattern HEADER =
            Pattern.compile("\\A[ \\t]*date(?:[ \\t]+(\\d\\S*)[ \\t]*(?:\\n|\\z|(?<=[ \\t])(?=\\S))|[ \\t]*(?:\\n|\\z))");

    @Override
    public boolean supports(String extension) {
        return Set.of("txt", "text").contains(extension);
    }

    @Override
    public ParsedArticle read(String fileName, String content) throws RejectedFileException {
        Matcher header = HEADER.matcher(content);
        if (!header.lookingAt()) {
            LocalDate fromName = FileNameDates.find(fileName);
            return new ParsedArticle(fileName, null, null, TextNormaliser.normalise(content), fromName,
                    fromName != null ? PublicationDateSource.FILE_NAME : PublicationDateSource.NONE);
        }
        String value = header.group(1) == null ? "" : header.group(1);
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RejectedFileException("malformed date header '" + value + "': expected date YYYY-MM-DD");
        }
        return new ParsedArticle(fileName, null, null, TextNormaliser.normalise(content.substring(header.end())),
                date, PublicationDateSource.HEADER);
    }
}
