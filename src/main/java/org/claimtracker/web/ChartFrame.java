package org.claimtracker.web;

/**
 * The size a stance chart is drawn at. A phone gets its own frame rather than a shrunken desktop one: the plot
 * takes the full width, each row's name sits above its line, and the axis has room for fewer dates.
 *
 * @param width       the SVG's viewBox width
 * @param labelWidth  the column left of the plot for row names; 0 when names sit above their rows
 * @param lineChars   how many characters of a row name fit on one line
 * @param maxLines    how many lines a row name may wrap to before it is cut short with an ellipsis
 */
record ChartFrame(int width, int labelWidth, int lineChars, int maxLines) {

    /** Desktop: names in a column on the left, wrapped to two lines. */
    static final ChartFrame WIDE = new ChartFrame(760, 190, 22, 2);
    /** Phone (shown full width, about 320 px): names above their rows, on one line. */
    static final ChartFrame NARROW = new ChartFrame(340, 0, 44, 1);

    static final int RIGHT_PADDING = 16;

    boolean labelsAbove() {
        return labelWidth == 0;
    }

    int plotLeft() {
        return labelsAbove() ? 8 : labelWidth;
    }

    int plotRight() {
        return width - RIGHT_PADDING;
    }
}
