package org.claimtracker.extraction;

import java.util.List;
import java.util.Set;

/**
 * The word lists candidate finding reads, from {@code src/main/resources/extraction/candidate-words.txt}. Loaded
 * once; immutable.
 */
final class CandidateWords {

    private static final WordLists LISTS = WordLists.load("candidate-words.txt");

    static final Set<String> TELL_VERBS = LISTS.set("tell-verbs");
    static final Set<String> OBJECT_PRONOUNS = LISTS.set("object-pronouns");
    static final Set<String> GLOSS = LISTS.set("gloss");
    static final Set<String> MEDIA_NOUNS = LISTS.set("media-nouns");
    static final Set<String> PLATFORMS = LISTS.set("platforms");
    static final Set<String> SUBORDINATORS = LISTS.set("subordinators");
    static final Set<String> OBJECT_NOUNS = LISTS.set("object-nouns");
    static final Set<String> PLAIN_ADVERBS = LISTS.set("plain-adverbs");
    static final Set<String> TIME_NOUNS = LISTS.set("time-nouns");
    static final Set<String> NOUN_MARKERS = LISTS.set("noun-markers");
    static final Set<String> BE_FORMS = LISTS.set("be-forms");
    static final Set<String> SAFE_VERB_FORMS = LISTS.set("safe-verb-forms");
    static final Set<String> PARTICIPLE_CONTEXT = LISTS.set("participle-context");
    static final Set<String> CUE_PREFIX = LISTS.set("cue-prefix");
    static final Set<String> CONNECTIVES = LISTS.set("connectives");
    static final Set<String> MODALS = LISTS.set("modals");
    static final Set<String> DO_SUPPORT = LISTS.set("do-support");
    static final Set<String> AUXILIARIES = LISTS.set("auxiliaries");
    static final Set<String> CLAUSELESS_STARTS = LISTS.set("clauseless-starts");
    static final Set<String> PREPOSITION_BEFORE_QUOTE = LISTS.set("preposition-before-quote");
    static final Set<String> SUBORDINATE = LISTS.set("subordinate");
    static final Set<String> TITLE_CUES = LISTS.set("title-cues");
    /** Verbs of "went on to accuse": the speech verb after them needs no subject of its own. */
    static final Set<String> CATENATIVES = LISTS.set("catenatives");
    /** Number words: "proposed three amendments" counts things and states no position. */
    static final Set<String> COUNT_WORDS = LISTS.set("count-words");
    /** Speech verbs that also mean hosting someone ("welcomed the visitors to the harbour"). */
    static final Set<String> HOSTING_VERBS = LISTS.set("hosting-verbs");
    /** Paragraph labels that head a section of a fact check ("THE FACTS:", "WHAT TAL SAID:"), not a speaker. */
    static final Set<String> HEADING_LABELS = LISTS.set("heading-labels");
    /** Openings of an official document's title, words joined by "_" ("fact_sheet"). */
    static final Set<String> DOCUMENT_TITLES = LISTS.set("document-titles");
    /** Words that open an indirect question after its addressee ("asked the minister how …"). */
    static final Set<String> WH_WORDS = LISTS.set("wh-words");
    /** Nouns of narration appended to a reported clause (", the clearest signal yet that …"). */
    static final Set<String> APPENDED_NOUNS = LISTS.set("appended-nouns");
    /** Nouns of places after an addressee ("told reporters in the capital the …"). */
    static final Set<String> PLACE_NOUNS = LISTS.set("place-nouns");
    /** Nouns that carry a held position when someone holds them ("Jund's view is that …"). */
    static final Set<String> VIEW_NOUNS = LISTS.set("view-nouns");
    /** Copulas between a view noun and its clause ("view is that"). */
    static final Set<String> VIEW_COPULAS = LISTS.set("view-copulas");
    /** Documents that speak for their issuer ("the council's motion"). */
    static final Set<String> DOCUMENT_NOUNS = LISTS.set("document-nouns");
    /** Verbs by which a document takes a position ("backs", "demands"). */
    static final Set<String> DOCUMENT_VERBS = LISTS.set("document-verbs");
    /** A pronoun with a contracted perfect auxiliary ("he's argued", "they've said"). */
    static final Set<String> PRONOUN_CONTRACTIONS = LISTS.set("pronoun-contractions");
    /** Speech verbs of orders, which stay inside a reported clause that holds them ("… and instructed staff to …"). */
    static final Set<String> DIRECTIVE_VERBS = LISTS.set("directive-verbs");
    /** Multi-word adverbials ("at the time"), each as its words. */
    static final List<String[]> FIXED_ADVERBIALS = LISTS.phrases("fixed-adverbials");

    private CandidateWords() {
    }
}
