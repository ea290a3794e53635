package org.claimtracker.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.claimtracker.extraction.TextSpan;

/**
 * Article text cut into paragraphs and, within them, into plain runs and marked statement parts, so a template can
 * highlight statements without ever writing unescaped article text.
 */
record MarkedText(List<Paragraph> paragraphs) {

    /** One statement to mark: its parts (a split quote has several) and the label shown before the first part. */
    record Mark(long statementId, List<TextSpan> parts, String label) {
    }

    record Paragraph(List<Segment> segments) {
    }

    /**
     * @param statementId the statement this run belongs to; null for plain text
     * @param first       whether this is the statement's first part in the text (where its anchor and label go)
     */
    record Segment(String text, Long statementId, String label, boolean first) {

        public boolean marked() {
            return statementId != null;
        }
    }

    /** Every paragraph of {@code body}, with the marks highlighted. */
    static MarkedText of(String body, List<Mark> marks) {
        return new MarkedText(select(body, marks, 0, body.length(), Integer.MAX_VALUE));
    }

    /**
     * The excerpt around a statement: the paragraphs that overlap {@code [from, to)} and {@code context} paragraphs
     * on either side, since a quote often reads right only with the sentence that introduces it.
     */
    static MarkedText around(String body, List<Mark> marks, int from, int to, int context) {
        return new MarkedText(select(body, marks, from, to, context));
    }

    private static List<Paragraph> select(String body, List<Mark> marks, int from, int to, int context) {
        List<Piece> pieces = new ArrayList<>();
        for (Mark mark : marks) {
            boolean first = true;
            for (TextSpan part : mark.parts()) {
                if (part.end() <= body.length()) {
                    pieces.add(new Piece(part.start(), part.end(), mark, first));
                    first = false;
                }
            }
        }
        pieces.sort(Comparator.comparingInt(Piece::start).thenComparingInt(Piece::end));
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        while (start <= body.length()) {
            int newline = body.indexOf('\n', start);
            int end = newline < 0 ? body.length() : newline;
            if (!body.substring(start, end).isBlank()) {
                ranges.add(new int[] {start, end});
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        int firstHit = -1;
        int lastHit = -1;
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i)[1] >= from && ranges.get(i)[0] < Math.max(to, from + 1)) {
                firstHit = firstHit < 0 ? i : firstHit;
                lastHit = i;
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        if (firstHit < 0) {
            return paragraphs;
        }
        int lo = (int) Math.max(0, (long) firstHit - context);
        int hi = (int) Math.min(ranges.size() - 1L, (long) lastHit + context);
        for (int i = lo; i <= hi; i++) {
            paragraphs.add(paragraph(body, ranges.get(i)[0], ranges.get(i)[1], pieces));
        }
        return paragraphs;
    }

    private static Paragraph paragraph(String body, int start, int end, List<Piece> pieces) {
        List<Segment> segments = new ArrayList<>();
        int cursor = start;
        for (Piece piece : pieces) {
            // overlapping statements: the earlier one keeps the overlap, so every character shows once
            int s = Math.max(piece.start(), cursor);
            int e = Math.min(piece.end(), end);
            if (e <= s) {
                continue;
            }
            if (s > cursor) {
                segments.add(new Segment(body.substring(cursor, s), null, null, false));
            }
            boolean first = piece.first() && s == piece.start();
            segments.add(new Segment(body.substring(s, e), piece.mark().statementId(), piece.mark().label(), first));
            cursor = e;
        }
        if (cursor < end) {
            segments.add(new Segment(body.substring(cursor, end), null, null, false));
        }
        return new Paragraph(segments);
    }

    private record Piece(int start, int end, Mark mark, boolean first) {
    }
}
