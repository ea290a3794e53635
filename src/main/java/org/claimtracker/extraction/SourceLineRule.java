package org.claimtracker.extraction;

import java.util.List;

import static org.claimtracker.extraction.CandidateWords.*;

/** "Source: Zelenskyy in an interview with ITV" lines (outside transcripts), read for the "Quote:" blocks that follow. */
final class SourceLineRule implements CandidateRule {
    private final CandidateRun run;

    SourceLineRule(CandidateRun run) {
        this.run = run;
    }

    @Override
    public void apply() {
        if (run.transcriptParagraph.isEmpty()) {
            sourceAndQuoteLines();
        }
    }

    /** "Source: Zelenskyy in an interview with ITV" lines, read for the "Quote:" blocks that follow. */
    void sourceAndQuoteLines() {
        List<TextSpan> paras = run.quoted.paragraphs();
        for (int p = 0; p < paras.size(); p++) {
            String para = paras.get(p).of(run.body);
            if (para.startsWith("Source:")) {
                Sentence s = run.text.sentenceAt(paras.get(p).start());
                int i = s.tokenAt(paras.get(p).start() + 7);
                MentionParser.Parsed parsed = run.parser.after(s, i, run.body);
                if (parsed != null && parsed.mention().type() == Mention.Type.NAME) {
                    Mention m = parsed.mention();
                    run.sourceLines.put(p, new Mention(m.text(), m.span(), Mention.Type.LABEL, m.name(), m.role()));
                }
            }
        }
    }
}
