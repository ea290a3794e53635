package org.claimtracker.extraction;

import java.util.List;

/**
 * Words inside quotation marks: one part per paragraph it runs over (without the marks), where its opening mark
 * stands, and whether a closing mark was found or the quotation was recovered at a paragraph end.
 *
 * @param parts  content spans, in order, one per paragraph
 * @param open   offset of the opening mark (of the character before the content when the mark was lost)
 * @param close  offset of the closing mark, or the end of the last part when unclosed
 * @param single whether single marks (‘…’) enclose it
 * @param closed whether a closing mark was found
 */
record Quotation(List<TextSpan> parts, int open, int close, boolean single, boolean closed) {

    Quotation {
        parts = List.copyOf(parts);
    }

    TextSpan last() {
        return parts.get(parts.size() - 1);
    }

    /** The marks and everything between them. */
    TextSpan outer() {
        return new TextSpan(open, outerEnd());
    }

    /** The end of {@link #outer()}, without building the span: scans of every token ask for it. */
    int outerEnd() {
        return closed ? close + 1 : last().end();
    }

    boolean contains(int offset) {
        return offset >= open && offset < outerEnd();
    }
}
