package org.claimtracker.extraction;

/**
 * Compares names across transliterations: Syrskyi = Syrskii = Syrsky, Zheleznyak = Zhelezniak, Dmitriy = Dmitri,
 * Kharkiv = Harkiv. A match key folds the letters romanisations disagree on (y/i, zh/j, kh/h, ie/ye, doubled
 * letters) on top of {@link Names#key}'s case, diacritics and punctuation; two names with one key are one name.
 */
public final class NameKeys {

    /** Shortest name (in folded letters) that one edit may still join to another: "Wang" and "Wong" stay apart. */
    static final int MIN_EDIT_LENGTH = 5;

    private NameKeys() {
    }

    /** The folded comparison key of a name; names with equal keys are spellings of one name. */
    public static String matchKey(String name) {
        String s = Names.key(name).replace('\'', ' ').replace('-', ' ');
        s = s.replace("zh", "j").replace("kh", "h").replace('y', 'i');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && (out.isEmpty() || out.charAt(out.length() - 1) == ' ')) {
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) == c && Character.isLetter(c)) {
                continue; // doubled letters: Zelenskyy = Zelensky, Syrskii = Syrski
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    /** The folded key of a name's last word: the surname of a person. */
    public static String surnameKey(String name) {
        String key = matchKey(name);
        int space = key.lastIndexOf(' ');
        return space < 0 ? key : key.substring(space + 1);
    }

    /**
     * Whether two folded keys differ by at most one inserted, deleted or replaced letter, and are long enough for
     * that to be a misspelling rather than another name.
     */
    public static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < MIN_EDIT_LENGTH || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return !edited || i == a.length() && j == b.length();
    }
}
