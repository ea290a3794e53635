package org.claimtracker.statement;

import java.util.List;

/**
 * What a source filter stands for, resolved before the list is read: the articles whose file name it is, and the
 * outlet of that name, which statements carry as {@code outlet_key} (V12) so the outlet index serves it.
 *
 * @param source       the filter as given: a file name, or an outlet in any case
 * @param fileArticles the ids of the articles stored under that file name; usually none, or one
 */
record SourceScope(String source, List<Long> fileArticles) {

    SourceScope {
        fileArticles = List.copyOf(fileArticles);
    }
}
