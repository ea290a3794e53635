package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence ends are '.', '!', '?' or '…', optionally followed by closing marks, then a space and a capital, a digit
 * or an opening mark (or a capital straight away: "he added.On Wednesday" from a lost paragraph break). Abbreviations
 * keep their dot inside the token, so "Mr. Peskov" and "U.S. officials" do not end sentences.
 */
final class RuleSegmenter implements Segmenter {

    @Override
    public SegmentedText segment(QuotedText quoted) {
        String body = quoted.body();
        List<Sentence> sentences = new ArrayList<>();
        List<TextSpan> paragraphs = quoted.paragraphs();
        int q = 0;
        List<Quotation> quotations = quoted.quotations();
        for (int p = 0; p < paragraphs.size(); p++) {
            TextSpan para = paragraphs.get(p);
            List<Token> tokens = Token.tokenize(body, para.start(), para.end());
            int sentenceStart = 0;
            for (int t = 0; t < tokens.size(); t++) {
                Token tok = tokens.get(t);
                while (q < quotations.size() && quotations.get(q).outerEnd() <= tok.start()) {
                    q++;
                }
                boolean insideQuote = q < quotations.size() && quotations.get(q).closed()
                        && quotations.get(q).open() < tok.start() && tok.start() < quotations.get(q).close();
                boolean quoteEnd = q < quotations.size() && quotations.get(q).closed()
                        && tok.start() == quotations.get(q).close() && t > 0 && isTerminal(tokens.get(t - 1));
                if (!quoteEnd && (insideQuote || !isTerminal(tok))) {
                    continue;
                }
                int end = t + 1;
                while (end < tokens.size() && isClosingMark(tokens.get(end).text().charAt(0))
                        && (end + 1 >= tokens.size() || tokens.get(end + 1).start() > tokens.get(end).end()
                            || isClosingMark(tokens.get(end + 1).text().charAt(0)) || tokens.get(end).text().equals(")"))) {
                    end++;
                }
                if (end >= tokens.size()) {
                    break;
                }
                Token next = tokens.get(end);
                char n = next.text().charAt(0);
                boolean spaced = next.start() > tokens.get(end - 1).end();
                boolean startsSentence = Character.isUpperCase(n) || Character.isDigit(n) && spaced
                        || isOpeningMark(n) && spaced;
                if (!startsSentence || tok.text().equals(".") && !spaced && next.text().length() < 2) {
                    continue;
                }
                add(sentences, p, tokens, sentenceStart, end);
                sentenceStart = end;
                t = end - 1;
            }
            add(sentences, p, tokens, sentenceStart, tokens.size());
        }
        return new SegmentedText(quoted, sentences);
    }

    private static void add(List<Sentence> sentences, int paragraph, List<Token> tokens, int from, int to) {
        if (from >= to) {
            return;
        }
        List<Token> slice = tokens.subList(from, to);
        sentences.add(new Sentence(sentences.size(), paragraph,
                new TextSpan(slice.get(0).start(), slice.get(slice.size() - 1).end()), slice)); // Sentence copies it
    }

    private static boolean isTerminal(Token t) {
        String s = t.text();
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals("\u2026");
    }

    static boolean isClosingMark(char c) {
        return c == '\u201d' || c == '\u2019' || c == '"' || c == '\'' || c == ')' || c == '\u00bb';
    }

    static boolean isOpeningMark(char c) {
        return c == '\u201c' || c == '\u2018' || c == '"' || c == '\'' || c == '\u201e' || c == '\u00ab' || c == '(';
    }
}
