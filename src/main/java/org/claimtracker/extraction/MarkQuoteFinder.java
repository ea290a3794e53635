package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations by their marks in one linear pass. Curly and straight double marks, and single marks (‘…’) that
 * are not apostrophes (don’t, Ukraine’s). A quotation may run over several paragraphs when the next paragraph
 * opens with a mark again, or closes one before opening any. An opening mark never closed is recovered at the end
 * of its paragraph, so one stray mark cannot swallow the rest of the article. Marks inside a quotation of the other
 * kind are nested quotes and belong to its content.
 */
final class MarkQuoteFinder implements QuoteFinder {

    /** How far ahead an unclosed quotation may look for its closing mark through paragraphs without marks. */
    private static final int MAX_MARKLESS_PARAGRAPHS = 12;

    @Override
    public QuotedText find(ArticleText article) {
        String body = article.body();
        List<TextSpan> paragraphs = paragraphs(body);
        List<Quotation> quotations = new ArrayList<>();
        Open open = null;
        int lastEvent = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            TextSpan para = paragraphs.get(p);
            int i = para.start();
            lastEvent = Math.max(lastEvent, para.start() - 1);
            if (open != null) {
                // continuing from the previous paragraph: skip a repeated opening mark
                int first = skipSpaces(body, i, para.end());
                if (first < para.end() && isDoubleOpening(body, first, para)) {
                    i = first + 1;
                }
                open.partStart = i;
            }
            for (; i < para.end(); i++) {
                char c = body.charAt(i);
                if (open == null) {
                    if (c == '\u201c' || c == '\u201e' || c == '\u00ab') {
                        open = new Open(i, false);
                    } else if (c == '"' && (!closingLooking(body, i, para) || openingLooking(body, i, para))) {
                        open = new Open(i, false);
                    } else if (c == '"' || c == '\u201d') {
                        orphan(quotations, body, para, lastEvent, i);
                        lastEvent = i;
                    } else if ((c == '\u2018' || c == '\'') && openingLooking(body, i, para)) {
                        open = new Open(i, true);
                    }
                } else if (!open.single) {
                    boolean reopens = c == '"' && openingLooking(body, i, para) && !closingLooking(body, i, para);
                    if (c == '\u201d' || c == '\u00bb' || c == '"' && !reopens) {
                        add(quotations, body, open, i, true);
                        open = null;
                        lastEvent = i;
                    } else if (c == '\u201c' || c == '"') {
                        open = new Open(i, false); // the earlier mark was never closed: drop it, keep this one
                    }
                } else if ((c == '\u2019' || c == '\'') && i > open.start + 1
                        && !Character.isWhitespace(body.charAt(i - 1))
                        && (i + 1 >= para.end() || !Character.isLetterOrDigit(body.charAt(i + 1)))) {
                    add(quotations, body, open, i, true);
                    open = null;
                    lastEvent = i;
                }
            }
            if (open != null) {
                boolean continues = !open.single && p + 1 < paragraphs.size()
                        && continuesInto(body, paragraphs, p + 1);
                if (continues) {
                    open.parts.add(trimmed(body, open.partStart, para.end()));
                } else {
                    if (!open.single) {
                        add(quotations, body, open, para.end(), false);
                    }
                    open = null;
                }
            }
        }
        return new QuotedText(article, paragraphs, quotations);
    }

    /**
     * A closing mark with no opening one, followed by its attribution ("… potential," it said): the opening mark
     * was lost, so the quotation is taken to start with the sentence. Scans back no further than the last mark.
     */
    private static void orphan(List<Quotation> quotations, String body, TextSpan para, int lastEvent, int close) {
        if (close < 1 || ",?!".indexOf(body.charAt(close - 1)) < 0 || close + 2 >= para.end()
                || body.charAt(close + 1) != ' ' || !Character.isLowerCase(body.charAt(close + 2))) {
            return;
        }
        int from = Math.max(lastEvent + 1, para.start());
        int start = from;
        for (int j = close - 2; j >= from; j--) {
            char c = body.charAt(j);
            if ((c == '.' || c == '?' || c == '!') && j + 1 < close && Character.isUpperCase(body.charAt(j + 1))
                    || (c == '.' || c == '?' || c == '!') && j + 2 < close && body.charAt(j + 1) == ' '
                        && Character.isUpperCase(body.charAt(j + 2))) {
                start = j + 1;
                break;
            }
        }
        while (start < close && !Character.isLetterOrDigit(body.charAt(start))) {
            start++;
        }
        TextSpan content = trimmed(body, start, close);
        if (content.length() > 0 && content.start() - 1 > lastEvent) {
            quotations.add(new Quotation(List.of(content), content.start() - 1, close, false, true));
        }
    }

    static List<TextSpan> paragraphs(String body) {
        List<TextSpan> paragraphs = new ArrayList<>();
        int start = 0;
        int n = body.length();
        while (start <= n) {
            int nl = body.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            TextSpan t = trimmed(body, start, end);
            if (t.length() > 0) {
                paragraphs.add(t);
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return paragraphs;
    }

    /**
     * Whether an unclosed quotation goes on into paragraph {@code from}: it repeats the opening mark, or the first
     * mark of the paragraphs ahead (a few at most, without any mark in between) closes rather than opens.
     */
    private static boolean continuesInto(String body, List<TextSpan> paragraphs, int from) {
        TextSpan next = paragraphs.get(from);
        int first = skipSpaces(body, next.start(), next.end());
        if (first < next.end() && isDoubleOpening(body, first, next)) {
            return true;
        }
        for (int p = from; p < paragraphs.size() && p < from + MAX_MARKLESS_PARAGRAPHS; p++) {
            TextSpan para = paragraphs.get(p);
            for (int i = para.start(); i < para.end(); i++) {
                char c = body.charAt(i);
                if (c == '\u201d') {
                    return true;
                }
                if (c == '\u201c') {
                    return false;
                }
                if (c == '"') {
                    return closingLooking(body, i, para) && !openingLooking(body, i, para);
                }
            }
        }
        return false;
    }

    private static boolean isDoubleOpening(String body, int i, TextSpan para) {
        char c = body.charAt(i);
        return c == '\u201c' || c == '\u201e' || c == '"' && openingLooking(body, i, para);
    }

    private static void add(List<Quotation> quotations, String body, Open open, int close, boolean closed) {
        List<TextSpan> parts = new ArrayList<>(open.parts);
        parts.add(trimmed(body, open.partStart, close));
        parts.removeIf(s -> s.length() == 0);
        if (!parts.isEmpty()) {
            quotations.add(new Quotation(parts, open.start, closed ? close : parts.get(parts.size() - 1).end(),
                    open.single, closed));
        }
    }

    private static boolean openingLooking(String body, int i, TextSpan para) {
        boolean before = i == para.start() || isOpenBoundary(body.charAt(i - 1));
        boolean after = i + 1 < para.end() && !Character.isWhitespace(body.charAt(i + 1));
        return before && after;
    }

    private static boolean closingLooking(String body, int i, TextSpan para) {
        boolean before = i > para.start() && !Character.isWhitespace(body.charAt(i - 1));
        boolean after = i + 1 >= para.end() || !Character.isLetterOrDigit(body.charAt(i + 1));
        return before && after;
    }

    private static boolean isOpenBoundary(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '[' || c == '\u2014' || c == '\u2013' || c == '-'
                || c == ':' || c == '/';
    }

    private static int skipSpaces(String s, int i, int end) {
        while (i < end && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static TextSpan trimmed(String s, int start, int end) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(start, end);
    }

    /** A quotation being read. */
    private static final class Open {
        final int start;
        final boolean single;
        final List<TextSpan> parts = new ArrayList<>();
        int partStart;

        Open(int start, boolean single) {
            this.start = start;
            this.single = single;
            this.partStart = start + 1;
        }
    }
}
