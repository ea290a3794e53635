package org.claimtracker.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility checker, run in the page the browser shows. The pinned release (4.10.2, from the npm
 * registry, MPL-2.0) is a test resource: nothing is fetched when tests run.
 */
final class AxeCore {

    static final String RESOURCE = "/axe-core/axe-4.10.2.min.js";
    /** The position charts are issue 9's to rework; their violations are reported apart, not hidden. */
    static final String CHARTS = ".stance-chart svg";

    private final String source;

    AxeCore() throws IOException {
        try (InputStream in = AxeCore.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the test resources");
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The WCAG 2.x A/AA and best-practice violations on the page, one line each: rule, impact, elements. */
    List<String> violations(WebDriver driver, boolean chartsOnly) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source);
        String context = chartsOnly ? "{include: [['" + CHARTS + "']]}" : "{exclude: [['" + CHARTS + "']]}";
        if (chartsOnly && driver.findElements(org.openqa.selenium.By.cssSelector(CHARTS)).isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(%s, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({
                    id: v.id, impact: v.impact,
                    nodes: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
                })))).catch(e => done([{id: 'axe-error', impact: 'error', nodes: [String(e)]}]));
                """.formatted(context));
        return found.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes")).toList();
    }
}
