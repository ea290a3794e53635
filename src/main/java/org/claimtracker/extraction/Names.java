package org.claimtracker.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names and roles are compared: case, diacritics, apostrophe style, dots and a leading "the" ignored. */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    /** The words of a name: the stripped name split at runs of the whitespace regex {@code \\s} matches. */
    static String[] words(String name) {
        String s = name.strip();
        int n = s.length();
        int count = 1;
        for (int i = 0; i < n; i++) {
            if (isSpace(s.charAt(i)) && !isSpace(s.charAt(i - 1))) {
                count++; // i > 0: a stripped name does not start with a space
            }
        }
        if (count == 1) {
            return new String[] {s};
        }
        String[] words = new String[count];
        int w = 0;
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (isSpace(s.charAt(i))) {
                if (!isSpace(s.charAt(i - 1))) {
                    words[w++] = s.substring(start, i);
                }
                start = i + 1;
            }
        }
        words[w] = s.substring(start);
        return words;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    static String key(String name) {
        String s = name.indexOf('\u0301') >= 0 || !isAscii(name)
                ? MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                : name;
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(".", "").replace('\u2011', '-').strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s.indexOf("  ") < 0 && s.indexOf('\n') < 0 && s.indexOf('\t') < 0 ? s : SPACES.matcher(s).replaceAll(" ");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
