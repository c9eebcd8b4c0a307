package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.millwright.console.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Issue 2, "It must show" 5: the console of the running hub renders real episodes and their workflow steps in a
 * real headless Chromium, and a screenshot is written to the build output.
 */
class ConsoleIT extends HubIT {

    @Test
    void consoleRendersEpisodesAndTheirStepsInARealBrowser() throws Exception {
        JsonNode episode = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> episodesOf("north-l1-motor-01").stream()
                        .filter(e -> e.get("state").asString().equals("CLOSED")).findFirst().orElse(null),
                        Objects::nonNull);
        String key = episode.get("id").asString();
        String notification = episode.get("records").get("notification").asString();

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            var driver = chromium.driver();
            driver.get(hub("/?episode=" + key).toString());
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), key));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "create-notification"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "north-l1-motor-02"));

            String page = driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains("north-l1-motor-01", "dispatch-technician", "close-episode", notification,
                    "CLOSED");
            Path screenshot = Path.of("target", "screenshots", "hub-console.png");
            Files.createDirectories(screenshot.getParent());
            chromium.screenshot(screenshot);
            assertThat(Files.size(screenshot)).isGreaterThan(10_000);

            driver.get(hub("/?asset=north-l1-motor-01").toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#asset-trend svg.trend polyline")));
            assertThat(driver.findElements(By.cssSelector("#asset-trend svg.trend line.limit")))
                    .as("the limits of the active rule set").isNotEmpty();
            Path trend = Path.of("target", "screenshots", "hub-asset-trend.png");
            chromium.screenshot(trend);
            assertThat(Files.size(trend)).isGreaterThan(10_000);
        }
    }
}
