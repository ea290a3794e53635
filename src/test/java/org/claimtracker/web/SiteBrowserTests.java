package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
                "/statements/" + corpus.zelenskyReady.getId(), "/speakers", "/speakers/vladimir-putin", "/topics",
                "/topics/CEASEFIRE", "/articles", "/articles/" + corpus.reuters.getId(), "/positions", "/ingestion",
                "/login", "/speakers/nobody-at-all", "/statements?page=0");
        List<String> problems = new ArrayList<>();
        List<String> chartProblems = new ArrayList<>();
        for (int width : WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String page : pages) {
                driver.get(url(page));
                axe.violations(driver, false).forEach(v -> problems.add(width + "px " + page + ": " + v));
                axe.violations(driver, true).forEach(v -> chartProblems.add(width + "px " + page + ": " + v));
                if (chromium.horizontalOverflow() > 0 && page.equals("/positions")) {
                    // the positions matrix is being reworked for phones in issue 9
                    chartProblems.add(width + "px " + page + ": wider than the window by "
                            + chromium.horizontalOverflow() + " px");
                } else if (chromium.horizontalOverflow() > 0) {
                    problems.add(width + "px " + page + ": wider than the window by "
                            + chromium.horizontalOverflow() + " px");
                }
            }
        }
        // the position charts are being rewritten in issue 9: what axe finds in them is printed, not failed on
        chartProblems.forEach(p -> System.out.println("[axe, position chart] " + p));
        assertThat(problems).isEmpty();
    }

    @Test
    void backAndForwardKeepTheFormInStepWithTheListAndEnterMakesOneHistoryEntry() {
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
        assertThat(driver.findElement(By.id("results-status")).getAttribute("textContent")).isEqualTo("1 statement");

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
