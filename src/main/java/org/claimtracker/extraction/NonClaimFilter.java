package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The last stage over extracted statements: drops turns that carry no claim (thanks, greetings, back-channel such as
 * "Yeah." or "Yes, sir.", listed in {@code non-claims.tsv}) while keeping short answers that take a position
 * ("It depends.", "Absurd."), and drops a statement whose spans an earlier one already covers, so the same words are
 * never stored or listed twice. Runs after candidate finding and attribution, whatever rules found the candidates.
 */
final class NonClaimFilter {

    /** Longer turns are never only courtesy: the check is for short replies. */
    private static final int MAX_WORDS = 10;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.!?…—–]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}' ]+");
    /** A name the turn is addressed to, after a courtesy: "Thank you, Volodymyr." / "Thanks, Mr. Peskov." */
    private static final Pattern NAME = Pattern.compile("(?:(?:mr|mrs|ms|dr|prof)\\.? )?\\p{Lu}[\\p{L}'-]*"
            + "(?: \\p{Lu}[\\p{L}'-]*){0,2}");

    private final Set<String> turns = new HashSet<>();
    private final Set<String> addresses = new HashSet<>();

    NonClaimFilter() {
        for (String[] row : Lexicons.rows("non-claims.tsv")) {
            if (row.length != 2) {
                throw new IllegalStateException("non-claims.tsv: expected kind<TAB>phrase, got " + String.join("|", row));
            }
            switch (row[0]) {
                case "turn" -> turns.add(row[1].strip());
                case "address" -> addresses.add(row[1].strip());
                default -> throw new IllegalStateException("non-claims.tsv: unknown kind " + row[0]);
            }
        }
    }

    ArticleAnalysis apply(ArticleAnalysis analysis) {
        List<ExtractedStatement> kept = new ArrayList<>();
        Set<List<Object>> seenParts = new HashSet<>();
        for (ExtractedStatement statement : analysis.statements()) {
            // the same words twice only when two speakers say them together ("Tal and Reyes said …")
            List<Object> key = java.util.Arrays.asList(statement.parts(),
                    statement.speaker() == null ? null : statement.speaker().canonicalName());
            if (!carriesNoClaim(statement.text()) && seenParts.add(key)) {
                kept.add(statement);
            }
        }
        return kept.size() == analysis.statements().size() ? analysis : new ArticleAnalysis(kept, analysis.roles());
    }

    /** Whether every clause of the turn is a courtesy or back-channel phrase, or whom it is addressed to. */
    boolean carriesNoClaim(String text) {
        if (wordsAtLeast(text, MAX_WORDS + 1)) {
            return false; // most statements: counted without copying the text
        }
        String flat = text.replace('’', '\'').replace('“', ' ').replace('”', ' ').replace('"', ' ').strip();
        if (flat.isEmpty() || flat.split("\\s+").length > MAX_WORDS) {
            return false;
        }
        boolean courtesySeen = false;
        for (String clause : CLAUSE_BREAK.split(flat)) {
            String written = clause.strip();
            String words = NOT_WORD.matcher(written.toLowerCase(Locale.ROOT).replace('-', ' ')).replaceAll(" ")
                    .replaceAll("\\s+", " ").strip();
            if (words.isEmpty()) {
                continue;
            }
            if (isCourtesy(words)) {
                courtesySeen = true;
            } else if (!(courtesySeen && (addresses.contains(words) || NAME.matcher(written).matches()))) {
                return false;
            }
        }
        return courtesySeen;
    }

    /** A courtesy phrase, maybe followed by whom it is for: "thank you sir", "good morning everyone". */
    private boolean isCourtesy(String words) {
        if (turns.contains(words)) {
            return true;
        }
        for (String turn : turns) {
            if (words.length() > turn.length() + 1 && words.startsWith(turn) && words.charAt(turn.length()) == ' '
                    && addresses.contains(words.substring(turn.length() + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text has at least {@code n} whitespace-separated pieces that are more than quotation marks: never
     * more than the words {@link #carriesNoClaim} counts, so it can stop early.
     */
    private static boolean wordsAtLeast(String text, int n) {
        int count = 0;
        boolean inPiece = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') { // what the regex \s splits on
                inPiece = false;
            } else if (!inPiece && c != '“' && c != '”' && c != '"') {
                inPiece = true;
                if (++count >= n) {
                    return true;
                }
            }
        }
        return false;
    }
}
