package org.bitext.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The review page in a real browser: Debian's headless Chromium driven through its own
 * chromedriver. Selenium Manager is never asked for anything: both binaries are named.
 *
 * <p>Where Chromium is missing the test is skipped, except in CI ({@code CI=true}), where
 * {@code .ci/run} installs it and a missing browser must fail rather than pass silently.
 */
class HtmlReviewBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;

    /** Held so that the level set on it stays: Selenium warns that it has no CDP for this Chromium. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/run should have installed "
                    + "the Debian packages chromium and chromium-driver");
        }
        assumeTrue(present, "headless Chromium not installed (apt-get install chromium chromium-driver); "
                + "skipping the browser test of the review page");
        SELENIUM_LOG.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void load(List<org.bitext.model.AlignedDocument> documents) throws IOException {
        Path page = dir.resolve("review.html");
        try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            HtmlReviewWriter writer = new HtmlReviewWriter(out, HtmlReviewSettings.of("en", "ar"));
            for (var document : documents) {
                writer.write(document);
            }
            writer.end();
        }
        browser.get(page.toUri().toString());
    }

    private static long visibleRows() {
        return browser.findElements(By.cssSelector("#beads tbody tr")).stream().filter(WebElement::isDisplayed)
                .count();
    }

    @Test
    void movingTheSliderHidesRowsBelowTheThresholdAndSaysHowManyRemain() throws IOException {
        load(List.of(SampleDocuments.school()));
        WebElement slider = browser.findElement(By.id("threshold"));
        WebElement count = browser.findElement(By.id("visible-count"));
        assertEquals(5, visibleRows());
        assertEquals("5 of 5 rows shown", count.getText());

        // scores are 0.912, 0.8, 0.65, 0.1 and 0.874: 0.70 keeps three rows
        slider.click();
        slider.sendKeys(Keys.HOME);
        for (int i = 0; i < 70; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        assertEquals("0.70", browser.findElement(By.id("threshold-value")).getText());
        assertEquals(3, visibleRows());
        assertEquals("3 of 5 rows shown", count.getText());

        slider.sendKeys(Keys.HOME);
        assertEquals(5, visibleRows());
    }

    @Test
    void arabicCellsRenderRightToLeftAndEnglishLeftToRight() throws IOException {
        load(List.of(SampleDocuments.school()));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        WebElement arabic = browser.findElement(By.cssSelector("#beads tbody tr td.tgt"));
        WebElement english = browser.findElement(By.cssSelector("#beads tbody tr td.src"));
        assertEquals("rtl", js.executeScript("return getComputedStyle(arguments[0]).direction;", arabic));
        assertEquals("ltr", js.executeScript("return getComputedStyle(arguments[0]).direction;", english));
        assertEquals("right", js.executeScript("return getComputedStyle(arguments[0]).textAlign;", arabic));
        assertTrue(arabic.getText().startsWith("افتتحت"), arabic.getText());
    }

    @Test
    void unpairedRowsAreMarkedAndTheSummaryShowsCountsAndHistogram() throws IOException {
        load(List.of(SampleDocuments.school()));
        List<WebElement> unpaired = browser.findElements(By.cssSelector("#beads tr.unpaired"));
        assertEquals(1, unpaired.size());
        assertEquals("0-1", unpaired.get(0).findElement(By.cssSelector("td.type")).getText());
        assertEquals(10, browser.findElements(By.cssSelector("#histogram rect")).size());
        WebElement summary = browser.findElement(By.id("summary"));
        WebElement table = browser.findElement(By.id("beads"));
        assertTrue(summary.getLocation().getY() < table.getLocation().getY(), "the summary is shown above the rows");
        assertFalse(browser.findElement(By.id("documents")).getText().isEmpty());
    }
}
