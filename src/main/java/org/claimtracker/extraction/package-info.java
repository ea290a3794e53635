/**
 * Claim Tracker's extraction library: article text in, statements out. Plain Java; no Spring, JPA, Jsoup or I/O
 * beyond reading its own lexicons from the classpath.
 *
 * <p>Contract. {@link org.claimtracker.extraction.StatementExtractor#extract} takes an
 * {@link org.claimtracker.extraction.ArticleText} (a normalised body: LF line ends, paragraphs separated by line
 * breaks) and returns an {@link org.claimtracker.extraction.ArticleAnalysis}: the statements in article order and
 * the roles the article gives actors. Every statement is DIRECT (quoted and attributed), INDIRECT (reported speech)
 * or MIXED (reported speech with a quoted fragment); its {@code parts} are spans into the body, and its {@code text}
 * is exactly the body between them, parts joined by one space. The speaker is null for an unnamed source;
 * {@code decidedBy} names the attribution rule that chose it. Extraction is deterministic, thread-safe and linear
 * in the length of the text.
 *
 * <p>Stages, each a small interface over immutable records, each taking the previous stage's output:
 * {@link org.claimtracker.extraction.QuoteFinder} (quotation marks, including split, multi-paragraph, nested and
 * unbalanced quotations), {@link org.claimtracker.extraction.Segmenter} (sentences),
 * {@link org.claimtracker.extraction.CandidateFinder} (an ordered set of rules, one construction each: transcript
 * turns, source lines, quotations with their attribution, cues of several words ("made it clear", "hinted at"),
 * documents speaking for their issuer ("the council's motion backs …"), reported speech around speech verbs,
 * nominal reports ("Jund's view is that …"), "as X puts it" asides, official documents, left-over quotations;
 * speakers named together each get the statement), {@link org.claimtracker.extraction.Attributor} (ordered
 * {@link org.claimtracker.extraction.AttributionRule} sieves) and {@link org.claimtracker.extraction.TopicClassifier}
 * (topics, stances, said-on dates).
 *
 * <p>Data, under {@code src/main/resources/extraction/}, loaded once and extendable without code:
 * {@code speech-verbs.txt}, {@code phrasal-cues.txt}, {@code candidate-words.txt}, {@code titles.txt},
 * {@code actors.tsv} (canonical name, kind, aliases, roles), {@code topics.tsv} and {@code stance-cues.tsv}.
 */
package org.claimtracker.extraction;
