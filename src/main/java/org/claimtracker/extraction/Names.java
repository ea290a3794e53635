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

    /** The words of a name. */
    static String[] words(String name) {
        return SPACES.split(name.strip());
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
