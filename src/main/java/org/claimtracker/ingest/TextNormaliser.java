package org.claimtracker.ingest;

import java.util.regex.Pattern;

/**
 * The one normal form article bodies are stored in: LF line ends, no trailing spaces, paragraphs separated by line
 * breaks, no leading or trailing blank lines. Extraction offsets point into this form.
 */
final class TextNormaliser {

    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00a0]+$", Pattern.MULTILINE);
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");

    private TextNormaliser() {
    }

    static String normalise(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        String trimmedLines = TRAILING_SPACE.matcher(unified).replaceAll("");
        return MANY_BLANK_LINES.matcher(trimmedLines).replaceAll("\n\n").strip();
    }
}
