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

    private final String source;

    AxeCore() throws IOException {
        try (InputStream in = AxeCore.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the test resources");
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The WCAG 2.x A/AA and best-practice violations on the whole page, one line each: rule, impact, elements. */
    List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({
                    id: v.id, impact: v.impact,
                    nodes: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
                })))).catch(e => done([{id: 'axe-error', impact: 'error', nodes: [String(e)]}]));
                """);
        return found.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes")).toList();
    }
}
