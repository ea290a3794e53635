package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtracker.extraction.Candidate.Origin;

import static org.claimtracker.extraction.CandidateWords.*;

/**
 * Transcripts: when a paragraph label ("PRESIDENT TRUMP:") repeats, every labelled turn is a DIRECT statement of its
 * label, until the next label; questions ("Q:", "REPORTER:") and fact-check headings are nobody's statements.
 */
final class TranscriptTurnRule implements CandidateRule {
    private static final Pattern LABEL = Pattern.compile("^([A-Z][A-Z.'\u2019 -]{0,40}[A-Z.]|Q|A):\\s");
    private static final Pattern QUESTION_LINE = Pattern.compile("^(Q|QUESTION)[ .:]");
    private static final Set<String> QUESTION_LABELS = Set.of("Q", "QUESTION", "REPORTER", "AUDIENCE MEMBER",
            "MODERATOR", "INTERVIEWER", "JOURNALIST", "PARTICIPANT", "THE FACTS", "FACTS", "FACT CHECK", "CONTEXT",
            "BACKGROUND", "DETAILS", "ANALYSIS", "EDITOR'S NOTE", "NOTE");

    private final CandidateRun run;

    TranscriptTurnRule(CandidateRun run) {
        this.run = run;
    }

    @Override
    public void apply() {
        transcript();
    }

    void transcript() {
        List<TextSpan> paras = run.quoted.paragraphs();
        // a transcript repeats its speaker labels; headings of a fact sheet ("KEY TERMS:") do not repeat
        Map<String, Integer> labelCounts = new HashMap<>();
        boolean repeated = false;
        for (TextSpan p : paras) {
            Matcher m = LABEL.matcher(run.body.substring(p.start(), Math.min(p.end(), p.start() + 60)));
            if (m.lookingAt() && !isHeading(m.group(1).strip())) {
                repeated |= labelCounts.merge(m.group(1).strip(), 1, Integer::sum) > 1;
            }
        }
        if (!repeated) {
            return; // not a transcript: SourceLineRule reads its "Source:" lines
        }
        Mention speaker = null;
        List<TextSpan> turn = new ArrayList<>();
        int turnPara = -1;
        for (int p = 0; p < paras.size(); p++) {
            TextSpan para = paras.get(p);
            Matcher m = LABEL.matcher(run.body.substring(para.start(), Math.min(para.end(), para.start() + 60)));
            String opening = run.body.substring(para.start(), Math.min(para.end(), para.start() + 12));
            boolean question = QUESTION_LINE.matcher(opening).lookingAt();
            if (question && turnPara >= 0) {
                flushTurn(speaker, turn, turnPara); // "Q Will you meet him?": a question, not a statement
                turn = new ArrayList<>();
                speaker = null;
                run.transcriptParagraph.set(p);
            } else if (m.lookingAt()) {
                flushTurn(speaker, turn, turnPara);
                turn = new ArrayList<>();
                String label = m.group(1).strip();
                speaker = QUESTION_LABELS.contains(label.replace(".", "")) ? null
                        : new Mention(label, new TextSpan(para.start(), para.start() + m.end(1)), Mention.Type.LABEL,
                                labelName(label), null);
                turnPara = p;
                run.transcriptParagraph.set(p);
                TextSpan rest = MarkQuoteFinder.trimmed(run.body, para.start() + m.end(), para.end());
                if (rest.length() > 0) {
                    turn.add(rest);
                }
            } else if (turnPara >= 0) {
                run.transcriptParagraph.set(p);
                turn.add(para);
            }
        }
        flushTurn(speaker, turn, turnPara);
        for (int qi = 0; qi < run.quotations.size(); qi++) {
            int para = run.paragraphOf(run.quotations.get(qi).open());
            if (para >= 0 && run.transcriptParagraph.get(para)) {
                run.usedQuote.set(qi);
            }
        }
    }

    /** "PRESIDENT TRUMP" -> "Trump", "SECRETARY GENERAL RUTTE" -> "Rutte", "MS. LEAVITT" -> "Leavitt". */
    String labelName(String label) {
        List<String> kept = new ArrayList<>();
        for (String w : Names.words(label)) {
            String k = w.toLowerCase(java.util.Locale.ROOT).replace(".", "");
            if (!run.lexicons.isTitleWord(k) && !MentionParser.FUNCTION_CAPS.contains(k) && !k.isEmpty()) {
                kept.add(k.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + k.substring(1));
            }
        }
        return kept.isEmpty() ? label : String.join(" ", kept);
    }

    void flushTurn(Mention speaker, List<TextSpan> turn, int para) {
        if (speaker != null && !turn.isEmpty()) {
            run.out.add(new Candidate(StatementKind.DIRECT, turn, speaker, null, Origin.TRANSCRIPT, -1, para));
        }
    }

    /** "THE FACTS", "WHAT TAL SAID", "FACT CHECK": a section heading of a fact check, whose text is prose. */
    static boolean isHeading(String label) {
        String upper = label.toUpperCase(java.util.Locale.ROOT).replace(".", "");
        if (upper.startsWith("WHAT ") || upper.endsWith(" SAID") || upper.endsWith(" CLAIMED")) {
            return true;
        }
        for (String w : upper.split("[ '\u2019-]+")) {
            if (HEADING_LABELS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
