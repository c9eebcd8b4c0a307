package org.millwright.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console in a real headless Chromium: it renders, expands an episode and updates live over SSE. */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleBrowserIT {

    private static final By RUNNING_ROW = By.cssSelector("#episode-table tr[data-episode='"
            + TestConsoleData.RUNNING_EPISODE + "']");
    private static final By RESERVE_STEP_STATE = By.cssSelector("#step-table tr[data-step='reserveStock'] .badge");
    private static final By MOTOR_HEALTH = By.cssSelector("#asset-table tr[data-asset='M-201'] .badge");

    @LocalServerPort
    int port;

    @Autowired
    TestConsoleData data;

    @Autowired
    ConsoleUpdates updates;

    @BeforeEach
    void resetData() {
        data.reset();
    }

    @Test
    void showsEpisodeStepsAndFollowsTheWorkflowLiveWithoutReload() {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            followWorkflow(chromium);
        }
    }

    @Test
    void assetPageDrawsTheTrendWithLimitsForecastAndEpisode() {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.driver();
            browser.get("http://127.0.0.1:" + port + "/?asset=M-201");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);

            wait.until(d -> d.findElement(By.cssSelector("#asset-trend svg.trend polyline.signal")));
            assertThat(browser.findElements(By.cssSelector("#asset-trend svg.trend line.limit"))).hasSize(3);
            assertThat(browser.findElements(By.cssSelector("#asset-trend svg.trend rect.episode"))).hasSize(1);
            assertThat(browser.findElements(By.cssSelector("#asset-trend svg.trend polygon.forecast-band"))).hasSize(1);
            assertThat(browser.findElement(By.cssSelector("#asset-trend .trend-forecast")).getText())
                    .startsWith("C/D 4.5 mm/s forecast in 3 min");

            Path png = chromium.screenshot(Path.of("target", "screenshots", "console-asset-trend.png"));
            assertThat(png.toFile().length()).isGreaterThan(10_000);
        }
    }

    private void followWorkflow(HeadlessChromium chromium) {
        WebDriver browser = chromium.driver();
        browser.get("http://127.0.0.1:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);

        // The row may be re-rendered by a refresh while it is clicked: click until the click lands.
        wait.until(d -> {
            d.findElement(RUNNING_ROW).click();
            return true;
        });
        String reserveState = wait.until(d -> d.findElement(RESERVE_STEP_STATE).getText());
        assertThat(reserveState).isEqualTo("RUNNING");
        assertThat(browser.findElement(By.cssSelector("#step-table tr[data-step='reserveStock'] .error")).getText())
                .isEqualTo("ERP timeout after 5 s <retrying>");
        assertThat(browser.findElement(MOTOR_HEALTH).getText()).isEqualTo("ALARM");
        assertThat(browser.getCurrentUrl()).endsWith("/console?episode=" + TestConsoleData.RUNNING_EPISODE);
        wait.until(d -> d.findElement(By.cssSelector("#live.on")));
        ((JavascriptExecutor) browser).executeScript("window.millwrightNoReload = true");

        data.advance();
        updates.episodesChanged();
        updates.assetsChanged();

        wait.until(d -> "DONE".equals(d.findElement(RESERVE_STEP_STATE).getText()));
        wait.until(d -> "ESCALATED".equals(d.findElement(RUNNING_ROW).findElement(By.cssSelector(".state-escalated"))
                .getText()));
        wait.until(d -> "TRIP".equals(d.findElement(MOTOR_HEALTH).getText()));
        assertThat(browser.findElement(By.cssSelector("#record-table tr[data-record='maintenanceWindow'] td")).getText())
                .isEqualTo("MW-2026-118");
        assertThat(browser.findElement(RUNNING_ROW).getAttribute("class")).contains("selected");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.millwrightNoReload === true"))
                .as("the page updated in place, without a reload").isEqualTo(true);

        Path png = chromium.screenshot(Path.of("target", "screenshots", "console.png"));
        assertThat(png).exists();
        assertThat(png.toFile().length()).isGreaterThan(10_000);
        assertThat(Files.isRegularFile(png)).isTrue();
    }
}
