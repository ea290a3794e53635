package org.claimtracker.extraction;

/** Stage 2: splits paragraphs into sentences, never inside a closed quotation. */
interface Segmenter {

    SegmentedText segment(QuotedText quoted);
}
