package org.claimtracker.extraction;

import java.util.List;

/** The first stage's output: the article, its paragraphs, and its top-level quotations in text order. */
record QuotedText(ArticleText article, List<TextSpan> paragraphs, List<Quotation> quotations) {

    QuotedText {
        paragraphs = List.copyOf(paragraphs);
        quotations = List.copyOf(quotations);
    }

    String body() {
        return article.body();
    }

    /** The quotation whose marks enclose {@code offset}, or null (binary search: quotations do not overlap). */
    Quotation quotationAt(int offset) {
        int i = indexAt(offset);
        return i < 0 ? null : quotations.get(i);
    }

    /** Index of the quotation whose marks enclose {@code offset}, or -1. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = quotations.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Quotation q = quotations.get(mid);
            if (q.outerEnd() <= offset) {
                lo = mid + 1;
            } else if (q.open() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Index of the first quotation opening at or after {@code offset}. */
    int firstQuotationFrom(int offset) {
        int lo = 0;
        int hi = quotations.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotations.get(mid).open() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
