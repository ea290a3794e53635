package org.claimtracker.extraction;

import java.util.Set;

/** The word lists mention parsing reads, from {@code src/main/resources/extraction/mention-words.txt}. */
final class MentionWords {

    private static final WordLists LISTS = WordLists.load("mention-words.txt");

    static final Set<String> ADVERBS = LISTS.set("adverbs");
    static final Set<String> TIME_WORDS = LISTS.set("time-words");
    static final Set<String> TIME_HEADS = LISTS.set("time-heads");
    static final Set<String> FUNCTION_CAPS = LISTS.set("function-caps");
    static final Set<String> HONORIFICS = LISTS.set("honorifics");
    static final Set<String> UNNAMED_HEADS = LISTS.set("unnamed-heads");
    static final Set<String> ORG_HEADS = LISTS.set("org-heads");
    static final Set<String> STATE_BODY_HEADS = LISTS.set("state-body-heads");
    static final Set<String> PREPOSITIONS = LISTS.set("prepositions");
    static final Set<String> TITLE_MODIFIERS = LISTS.set("title-modifiers");
    static final Set<String> NAME_PARTICLES = LISTS.set("name-particles");

    /** First names read as a woman's that do not end in -a ("Jane"), and names in -a read as a man's ("Ilya"). */
    static final Set<String> FEMALE_FIRST_NAMES = LISTS.set("female-first-names");
    static final Set<String> MALE_FIRST_NAMES_IN_A = LISTS.set("male-first-names-in-a");

    /** Lower-case heads after an outlet's name that are not part of it ("the Kommersant newspaper"). */
    static final Set<String> MEDIA_HEADS = LISTS.set("media-heads");

    private MentionWords() {
    }
}
