package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What only a browser shows: following links from the home page down to an article, and filtering with htmx
 * without reloading the page. Drives Debian's Chromium; skipped where it is not installed, except on CI.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DatabaseCleaner.class)
class BrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static HeadlessChromium chromium;
    private static WebDriver driver;

    @LocalServerPort
    int port;

    SampleCorpus corpus;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        driver = chromium.driver;
        driver.manage().window().setSize(new Dimension(1280, 1800));
        Files.createDirectories(SCREENSHOTS);
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
        driver.manage().window().setSize(new Dimension(1280, 1800));
    }

    @Test
    void walksFromTheHomePageToASpeakerAStatementAndItsArticle() throws IOException {
        driver.get(url("/"));
        screenshot("home");
        driver.findElement(By.cssSelector(".topic-panel[data-topic=CEASEFIRE] a.speaker")).click();

        wait(ExpectedConditions.urlContains("/speakers/vladimir-putin"));
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Vladimir Putin");
        screenshot("speaker");
        driver.findElement(By.cssSelector("#browser .statement-card .details-link")).click();

        wait(ExpectedConditions.urlMatches(".*/statements/\\d+$"));
        assertThat(driver.findElement(By.cssSelector(".excerpt mark")).getText()).contains("ceasefire");
        screenshot("statement");
        driver.findElement(By.cssSelector(".excerpt a.btn")).click();

        wait(ExpectedConditions.urlMatches(".*/articles/\\d+#s-\\d+$"));
        String anchor = driver.getCurrentUrl().replaceAll(".*#", "");
        assertThat(driver.findElement(By.id(anchor)).getAttribute("textContent")).isEqualTo("Vladimir Putin");
        screenshot("article");

        driver.get(url("/topics/CEASEFIRE"));
        // Putin's repeated "nuances" remark is one mark
        assertThat(driver.findElements(By.cssSelector(".stance-chart .chart-wide a.mark"))).hasSize(3);
        screenshot("topic");
        driver.get(url("/positions"));
        screenshot("positions");
    }

    @Test
    void filtersStatementsWithHtmxWithoutReloadingThePage() throws IOException {
        driver.get(url("/statements"));
        assertThat(count()).isEqualTo("7");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // survives only as long as the page is not reloaded
        js.executeScript("window.claimTrackerMarker = 'still here';");

        WebElement from = driver.findElement(By.id("f-from"));
        js.executeScript("arguments[0].value = '2025-03-02';"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", from);
        wait(ExpectedConditions.urlContains("from=2025-03-02"));
        wait(d -> "5".equals(count()));

        new Select(driver.findElement(By.id("f-topic"))).selectByValue("CEASEFIRE");
        wait(ExpectedConditions.urlContains("topic=CEASEFIRE"));
        wait(d -> "3".equals(count()));

        assertThat(js.executeScript("return window.claimTrackerMarker;")).isEqualTo("still here");
        assertThat(driver.getCurrentUrl()).endsWith("/statements?topic=CEASEFIRE&from=2025-03-02");
        assertThat(driver.findElements(By.cssSelector(".chip"))).hasSize(2);
        screenshot("statements-filtered");

        driver.findElement(By.cssSelector(".chip[data-filter=from] .chip-remove")).click();
        wait(d -> "4".equals(count()));
        assertThat(driver.getCurrentUrl()).endsWith("/statements?topic=CEASEFIRE");
        assertThat(driver.findElement(By.id("f-from")).getAttribute("value")).isEmpty();
        assertThat(js.executeScript("return window.claimTrackerMarker;")).isEqualTo("still here");

        driver.navigate().back();
        wait(ExpectedConditions.urlContains("from=2025-03-02"));
        wait(d -> "3".equals(count()));
    }

    @Test
    void choosesThreeSpeakersWithHtmxKeepingEachAndGoesBackThroughThem() throws IOException {
        driver.get(url("/statements"));
        assertThat(count()).isEqualTo("7");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.claimTrackerMarker = 'still here';");

        choose("vladimir-putin");
        wait(d -> "3".equals(count()));
        choose("volodymyr-zelensky");
        wait(d -> "5".equals(count()));
        choose("donald-trump");
        wait(d -> "6".equals(count()));

        assertThat(js.executeScript("return window.claimTrackerMarker;")).isEqualTo("still here");
        assertThat(driver.getCurrentUrl()).endsWith(
                "/statements?speaker=vladimir-putin&speaker=volodymyr-zelensky&speaker=donald-trump");
        assertThat(chosenSpeakers()).containsExactly("vladimir-putin", "volodymyr-zelensky", "donald-trump");
        assertThat(driver.findElements(By.cssSelector(".chip[data-filter=speaker]"))).hasSize(3);
        screenshot("statements-three-speakers");

        driver.navigate().back();
        wait(d -> "5".equals(count()));
        assertThat(driver.getCurrentUrl()).endsWith("/statements?speaker=vladimir-putin&speaker=volodymyr-zelensky");
        assertThat(chosenSpeakers()).containsExactly("vladimir-putin", "volodymyr-zelensky");
        assertThat(offeredSpeakers()).contains("donald-trump").doesNotContain("vladimir-putin", "volodymyr-zelensky");

        driver.navigate().back();
        wait(d -> "3".equals(count()));
        assertThat(chosenSpeakers()).containsExactly("vladimir-putin");

        driver.navigate().forward();
        wait(d -> "5".equals(count()));
        assertThat(chosenSpeakers()).containsExactly("vladimir-putin", "volodymyr-zelensky");
        // and a speaker chosen after going back joins the list shown, not the one left
        choose("donald-trump");
        wait(d -> "6".equals(count()));
        assertThat(chosenSpeakers()).containsExactly("vladimir-putin", "volodymyr-zelensky", "donald-trump");
    }

    /**
     * Types a speaker into the form's type-ahead and leaves the field, which sends the form; htmx swaps the field
     * itself, so it is looked up each time.
     */
    private void choose(String slug) {
        wait(d -> offeredSpeakers().contains(slug));
        driver.findElement(By.id("f-speaker")).sendKeys(slug, Keys.TAB);
        wait(ExpectedConditions.urlContains("speaker=" + slug));
    }

    private java.util.List<String> chosenSpeakers() {
        return driver.findElements(By.cssSelector("#speaker-field input[type=hidden][name=speaker]")).stream()
                .map(e -> e.getAttribute("value")).toList();
    }

    private java.util.List<String> offeredSpeakers() {
        return driver.findElements(By.cssSelector("#f-speaker-options option")).stream()
                .map(e -> e.getAttribute("value")).toList();
    }

    @Test
    void pagesStayReadableOnANarrowPhoneScreen() throws IOException {
        driver.manage().window().setSize(new Dimension(375, 1600));
        for (String page : new String[] {"/", "/statements?topic=CEASEFIRE", "/speakers/vladimir-putin",
                "/articles/" + corpus.reuters.getId()}) {
            driver.get(url(page));
            screenshot("narrow-375" + page.replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", ""));
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow of " + page).isLessThanOrEqualTo(0);
        }
    }

    private String count() {
        return driver.findElement(By.cssSelector("#results .result-count strong")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private <T> void wait(java.util.function.Function<WebDriver, T> condition) {
        // a history restore swaps the whole body: an element found a moment ago may be gone, so look again
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
