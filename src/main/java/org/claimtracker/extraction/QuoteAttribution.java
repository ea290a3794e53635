package org.claimtracker.extraction;

/**
 * An attribution found next to a quotation: the speaker mention, the cue, where its verb starts, its last token,
 * the index of the quotation's rest when the attribution splits it (or -1), and the sentence it is in.
 */
record QuoteAttribution(Mention mention, String cue, int verbStart, int lastToken, int nextQuote, Sentence sentence) {
}
