package org.claimtracker.web;

import java.util.ArrayList;
import java.util.List;

/** A chart row's name fitted to its room: wrapped at spaces, and cut short with an ellipsis past the last line. */
final class RowName {

    private RowName() {
    }

    static List<String> wrap(String name, int lineChars, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = name.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (line.isEmpty() || line.length() + 1 + word.length() <= lineChars) {
                line.append(line.isEmpty() ? "" : " ").append(word);
                continue;
            }
            if (lines.size() == maxLines - 1) {
                lines.add(cut(line + " " + String.join(" ", List.of(words).subList(i, words.length)), lineChars));
                return lines;
            }
            lines.add(cut(line.toString(), lineChars));
            line = new StringBuilder(word);
        }
        lines.add(cut(line.toString(), lineChars));
        return lines;
    }

    /** Cut at a word's end where one falls in the second half of the room, else mid-word. */
    private static String cut(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        String kept = text.substring(0, chars - 1);
        int space = text.charAt(chars - 1) == ' ' ? chars - 1 : kept.lastIndexOf(' ');
        return (space > chars / 2 ? kept.substring(0, space) : kept).stripTrailing() + "…";
    }
}
