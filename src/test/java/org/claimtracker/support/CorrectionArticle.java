package org.claimtracker.support;

/** A short article the correction tests share: three statements the extractor finds, and sentences it skips. */
public final class CorrectionArticle {

    public static final String TEXT = """
             date 2025-03-10
            “We are ready to sign the minerals deal tomorrow,” Zelensky said on Monday.
            Peskov said Russia would never accept a ceasefire without guarantees.
            “This is a wonderful day for peace,” said Rubio.
            Kyiv residents were tired of the war and wanted the talks to succeed.
            The weather in Kyiv was cold and grey all week.
            """;

    /** A sentence the extractor does not take for a statement; editors add it. */
    public static final String MISSED = "Kyiv residents were tired of the war and wanted the talks to succeed.";

    private CorrectionArticle() {
    }
}
