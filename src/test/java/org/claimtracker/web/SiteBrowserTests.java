package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.claimtracker.account.Accounts;
import org.claimtracker.account.UserRole;
import org.claimtracker.actor.ActorRepository;
import org.claimtracker.actor.ActorRoleRepository;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The site as a daily tool, in a real browser: axe-core and sideways overflow on every page at desktop and phone
 * widths, the filter form in step with the list through Back and Forward, paging, and the feed of a search.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DatabaseCleaner.class)
class SiteBrowserTests {

    private static final int[] WIDTHS = {1366, 375};

    private static HeadlessChromium chromium;
    private static WebDriver driver;
    private static AxeCore axe;

    @LocalServerPort
    int port;

    SampleCorpus corpus;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        driver = chromium.driver;
        axe = new AxeCore();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements,
            @Autowired ActorRoleRepository roles) {
        cleaner.clean();
        corpus = new SampleCorpus(new TestData(articles, actors, statements), roles);
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void everyPageIsFreeOfAxeViolationsAndFitsTheScreenAtDesktopAndPhoneWidths() {
        List<String> pages = List.of("/", "/statements", "/statements?topic=CEASEFIRE&size=2&page=2",
                "/statements?speaker=vladimir-putin&stance=OPPOSES&q=ceasefire", "/statements?q=nothing+like+this",
                "/statements/" + corpus.zelenskyReady.getId(), "/speakers", "/speakers/vladimir-putin", "/topics",
                "/topics/CEASEFIRE", "/articles", "/articles/" + corpus.reuters.getId(), "/positions", "/ingestion",
                "/login", "/speakers/nobody-at-all", "/statements?page=0");
        assertThat(problemsOn(pages)).isEmpty();
    }

    @Test
    void theEditorsPagesAreFreeOfAxeViolationsAndFitThePhoneToo(@Autowired Accounts accounts) {
        if (!accounts.exists("sitecheck")) {
            accounts.add("sitecheck", UserRole.EDITOR, "a site check password", "test");
        }
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("sitecheck");
        driver.findElement(By.id("password")).sendKeys("a site check password");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        chromium.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".signed-in-as"),
                "sitecheck"));
        try {
            List<String> pages = List.of("/review", "/audit", "/statements/" + corpus.putinNo.getId(),
                    "/articles/" + corpus.reuters.getId(), "/speakers/vladimir-putin/edit", "/ingest", "/statements");
            assertThat(problemsOn(pages)).isEmpty();
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    /** axe-core's violations and any sideways scrolling on each page at each width, one line per problem. */
    private List<String> problemsOn(List<String> pages) {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String page : pages) {
                driver.get(url(page));
                axe.violations(driver).forEach(v -> problems.add(width + "px " + page + ": " + v));
                int overflow = chromium.horizontalOverflow();
                if (overflow > 0) {
                    problems.add(width + "px " + page + ": wider than the window by " + overflow + " px");
                }
            }
        }
        return problems;
    }

    @Test
    void theChartReflowsOnAPhoneAndAFocusedMarkShowsItsWords() {
        for (int width : WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, 900));
            driver.get(url("/topics/CEASEFIRE"));
            WebElement chart = driver.findElement(By.cssSelector(".stance-chart"));
            List<WebElement> shown = chart.findElements(By.cssSelector(":scope > svg")).stream()
                    .filter(WebElement::isDisplayed).toList();
            assertThat(shown).as("one layout shown at %d px", width).hasSize(1);
            WebElement svg = shown.get(0);
            assertThat(svg.getAttribute("class")).isEqualTo(width < 768 ? "chart-narrow" : "chart-wide");
            assertThat(svg.getAttribute("role")).isEqualTo("group");
            // full width of its box, so the text keeps its size: no shrinking, no sideways scrolling
            double scale = ((Number) chromium.script("const s = arguments[0];"
                    + " return s.getBoundingClientRect().width / s.viewBox.baseVal.width;", svg)).doubleValue();
            assertThat(scale).as("drawn at %d px", width).isGreaterThan(0.9);
            assertThat(chromium.horizontalOverflow()).isZero();

            // the axis labels as the browser drew them: none overlaps the next, none leaves the chart
            @SuppressWarnings("unchecked")
            List<List<Number>> boxes = (List<List<Number>>) chromium.script("return [...arguments[0]"
                    + ".querySelectorAll('.axis text')].map(t => { const b = t.getBBox(); return [b.x, b.x + b.width]; });",
                    svg);
            assertThat(boxes).isNotEmpty();
            for (int i = 0; i < boxes.size(); i++) {
                assertThat(boxes.get(i).get(0).doubleValue()).isGreaterThanOrEqualTo(0);
                if (i > 0) {
                    assertThat(boxes.get(i).get(0).doubleValue()).isGreaterThan(boxes.get(i - 1).get(1).doubleValue());
                }
            }

            WebElement mark = svg.findElement(By.cssSelector("a.mark"));
            chromium.script("arguments[0].focus();", mark);
            WebElement tip = chart.findElement(By.cssSelector(".chart-tip"));
            chromium.waitFor(d -> tip.isDisplayed());
            assertThat(tip.getText()).isEqualTo(mark.getAttribute("aria-label")).contains(" · ");
            chromium.script("arguments[0].blur();", mark);
            chromium.waitFor(d -> !tip.isDisplayed());
        }
        // the text alternative: a table of every remark, which "Skip chart" leads to
        assertThat(driver.findElement(By.cssSelector(".skip-chart")).getAttribute("href")).endsWith("#chart-data");
        WebElement data = driver.findElement(By.id("chart-data"));
        assertThat(data.getTagName()).isEqualTo("details");
        assertThat(data.findElements(By.cssSelector("tbody tr td a[href^='/statements/']"))).hasSize(3);
    }

    @Test
    void thePositionsMatrixFitsTheDesktopAndBecomesAListOfSpeakersOnAPhone() {
        driver.get(url("/positions"));
        WebElement wrap = driver.findElement(By.cssSelector(".matrix-wrap"));
        assertThat(((Number) chromium.script("return arguments[0].scrollWidth - arguments[0].clientWidth;", wrap))
                .intValue()).isZero();
        WebElement rowHead = driver.findElement(By.cssSelector(".matrix tbody th[scope=row]"));
        assertThat(rowHead.getCssValue("position")).isEqualTo("sticky");
        assertThat(driver.findElements(By.cssSelector(".matrix thead abbr")))
                .isNotEmpty().allMatch(a -> a.getAttribute("title").startsWith(a.getAttribute("textContent")));
        assertThat(driver.findElement(By.id("matrix-hint")).isDisplayed()).isFalse();

        // a mid-size screen: the table scrolls in its box, says so, and keeps the speakers in view
        driver.manage().window().setSize(new Dimension(800, 900));
        driver.get(url("/positions"));
        assertThat(chromium.horizontalOverflow()).isZero();
        assertThat(driver.findElement(By.id("matrix-hint")).isDisplayed()).isTrue();
        WebElement box = driver.findElement(By.cssSelector(".matrix-wrap"));
        WebElement speaker = driver.findElement(By.cssSelector(".matrix tbody th[scope=row]"));
        int before = speaker.getRect().getX();
        chromium.script("arguments[0].scrollLeft = 200;", box);
        assertThat(((Number) chromium.script("return arguments[0].scrollLeft;", box)).intValue()).isPositive();
        assertThat(speaker.getRect().getX()).isEqualTo(before);

        driver.manage().window().setSize(new Dimension(375, 900));
        driver.get(url("/positions"));
        assertThat(chromium.horizontalOverflow()).isZero();
        WebElement row = driver.findElement(By.cssSelector(".matrix tbody tr"));
        assertThat(row.getCssValue("display")).isEqualTo("block");
        // only the topics a speaker took a position on, each named beside its stance
        assertThat(row.findElements(By.cssSelector("td.empty")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
        WebElement cell = row.findElement(By.cssSelector("td:not(.empty)"));
        assertThat(chromium.script("return getComputedStyle(arguments[0], '::before').content;", cell))
                .isEqualTo("\"" + cell.getAttribute("data-topic") + "\"");
    }

    @Test
    void theStatusSaysHowManyStatementsWhenTheResultsOrTheWholeBrowserAreReplaced() {
        driver.get(url("/statements"));
        // a live region that is itself replaced is not announced: it must be the same element throughout
        chromium.script("document.getElementById('results-status').dataset.original = 'yes';");

        new Select(driver.findElement(By.id("f-topic"))).selectByValue("CEASEFIRE");
        chromium.waitFor(d -> "4 statements".equals(status()));

        driver.findElement(By.cssSelector(".chip-remove")).click();
        chromium.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("topic=")));
        chromium.waitFor(d -> "7 statements".equals(status()));
        assertThat(driver.findElement(By.id("results-status")).getAttribute("data-original")).isEqualTo("yes");
        assertThat(driver.findElement(By.id("results-status")).getAttribute("role")).isEqualTo("status");
        assertThat(driver.findElements(By.cssSelector("#browser #results-status"))).isEmpty();
    }

    private String status() {
        return driver.findElement(By.id("results-status")).getAttribute("textContent");
    }

    @Test
    void backAndForwardKeepTheFormInStepWithTheListAndEnterMakesOneHistoryEntry() {
        // a tab of its own: history.length stops counting at 50, which the other tests' pages may have reached
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        try {
            walkBackAndForward();
        } finally {
            driver.close();
            driver.switchTo().window(first);
        }
    }

    private void walkBackAndForward() {
        driver.get(url("/statements"));
        long start = historyLength();

        WebElement words = driver.findElement(By.id("f-q"));
        words.sendKeys("ceasefire", Keys.ENTER);
        chromium.waitFor(ExpectedConditions.urlContains("q=ceasefire"));
        chromium.waitFor(d -> "4".equals(count()));
        assertThat(historyLength()).isEqualTo(start + 1);

        new Select(driver.findElement(By.id("f-topic"))).selectByValue("CEASEFIRE");
        chromium.waitFor(ExpectedConditions.urlContains("topic=CEASEFIRE"));
        new Select(driver.findElement(By.id("f-stance"))).selectByValue("OPPOSES");
        chromium.waitFor(d -> "1".equals(count()));
        assertThat(driver.getCurrentUrl()).endsWith("/statements?topic=CEASEFIRE&stance=OPPOSES&q=ceasefire");
        assertThat(historyLength()).isEqualTo(start + 3);
        chromium.waitFor(d -> "1 statement".equals(status()));

        driver.navigate().back();
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/statements?topic=CEASEFIRE&q=ceasefire"));
        chromium.waitFor(d -> !"1".equals(count()));
        assertThat(value("f-q")).isEqualTo("ceasefire");
        assertThat(value("f-topic")).isEqualTo("CEASEFIRE");
        assertThat(value("f-stance")).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".chip")).stream().map(c -> c.getAttribute("data-filter"))
                .toList()).containsExactly("topic", "q");

        driver.navigate().back();
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/statements?q=ceasefire"));
        chromium.waitFor(d -> "ceasefire".equals(value("f-q")) && value("f-topic").isEmpty());

        driver.navigate().back();
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/statements"));
        chromium.waitFor(d -> value("f-q").isEmpty() && "7".equals(count()));

        driver.navigate().forward();
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/statements?q=ceasefire"));
        chromium.waitFor(d -> "ceasefire".equals(value("f-q")));
    }

    @Test
    void pagesByNumberAndByThePageJump() {
        driver.get(url("/statements?size=2"));
        WebElement three = driver.findElement(By.cssSelector(".pager-links a[href='/statements?size=2&page=3']"));
        three.sendKeys(Keys.ENTER);
        chromium.waitFor(ExpectedConditions.urlContains("page=3"));
        chromium.waitFor(d -> "Page 3".equals(currentPage()));

        WebElement jump = driver.findElement(By.id("page-jump"));
        jump.clear();
        jump.sendKeys("4", Keys.ENTER);
        chromium.waitFor(ExpectedConditions.urlContains("page=4"));
        chromium.waitFor(d -> "Page 4".equals(currentPage()));
        assertThat(driver.getCurrentUrl()).endsWith("/statements?size=2&page=4");
        assertThat(driver.findElements(By.cssSelector(".statement-card"))).hasSize(1);

        driver.get(url("/statements?size=2&page=99"));
        assertThat(driver.getCurrentUrl()).endsWith("/statements?size=2&page=4");
        assertThat(driver.findElement(By.cssSelector(".result-count")).getText()).contains("showing 7–7");
    }

    @Test
    void theFeedLinkFollowsTheSearchShown() {
        driver.get(url("/statements"));
        new Select(driver.findElement(By.id("f-topic"))).selectByValue("CEASEFIRE");
        chromium.waitFor(ExpectedConditions.urlContains("topic=CEASEFIRE"));
        chromium.waitFor(d -> "4".equals(count()));

        String feed = driver.findElement(By.cssSelector(".feed-link")).getAttribute("href");
        assertThat(feed).isEqualTo(url("/statements.atom?topic=CEASEFIRE"));
        Object entries = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(t => done(
                    new DOMParser().parseFromString(t, 'application/xml').getElementsByTagName('entry').length));
                """, feed);
        assertThat(((Number) entries).intValue()).isEqualTo(4);
    }

    private String currentPage() {
        return driver.findElement(By.cssSelector(".pager-current")).getAttribute("textContent").strip();
    }

    private long historyLength() {
        return ((Number) chromium.script("return history.length;")).longValue();
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    private String count() {
        return driver.findElement(By.cssSelector("#results .result-count strong")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
