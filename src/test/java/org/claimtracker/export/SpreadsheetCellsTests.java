package org.claimtracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =HYPERLINK(1)   | '=HYPERLINK(1)
            @SUM            | '@SUM
            +1              | '+1
            -2              | '-2
            statement 4     | statement 4
            a = b           | a = b
            """)
    void aCellThatASpreadsheetWouldRunAsAFormulaGetsALeadingQuote(String value, String written) {
        assertThat(SpreadsheetCells.safe(value)).isEqualTo(written);
    }

    @ParameterizedTest(name = "control {0}")
    @CsvSource({"9", "13"})
    void soDoesOneOpeningWithATabOrCarriageReturn(int control) {
        String value = (char) control + "=1";

        assertThat(SpreadsheetCells.safe(value)).isEqualTo("'" + value);
    }
}
