package org.millwright.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reconciliation panel on a real server: current drift, "Reconcile now", polling while a run is in progress and
 * following the episode stream otherwise.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleReconciliationWebIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    TestConsoleData data;

    @BeforeEach
    void resetData() {
        data.reset();
    }

    @Test
    void pageLoadsTheReconciliationPanel() {
        assertThat(send("GET", "/").body()).contains("hx-get=\"/console/fragments/reconciliation\"");
    }

    @Test
    void panelListsCurrentDriftWithItsKindAndEpisodeLinkAndEscapesTheDetail() {
        HttpResponse<String> panel = send("GET", "/console/fragments/reconciliation");

        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(panel.body())
                .contains("id=\"drift-table\"", "data-drift=\"3\"", "MISSING_IN_SYSTEM", "drift-missing-in-system")
                .contains("href=\"/console?episode=" + TestConsoleData.CLOSED_EPISODE + "\"")
                .contains("&lt;deleted?&gt;").doesNotContain("<deleted?>")
                .contains("1 current drift", "id=\"reconcile-now\"", "hx-post=\"/console/reconciliation/runs\"")
                .contains("hx-trigger=\"sse:episodes\"").doesNotContain("hx-trigger=\"every 1s\"");
    }

    @Test
    void reconcileNowStartsARunAndThePanelPollsItselfUntilTheRunHasFinished() {
        HttpResponse<String> started = send("POST", "/console/reconciliation/runs");

        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("QUEUED", "hx-trigger=\"every 1s\"",
                "hx-get=\"/console/fragments/reconciliation\"", "disabled");

        data.finishReconciliation();
        String finished = send("GET", "/console/fragments/reconciliation").body();

        assertThat(finished).contains("SUCCEEDED", "No drift", "hx-trigger=\"sse:episodes\"")
                .doesNotContain("every 1s", "disabled");
    }

    @Test
    void panelSaysSoAndOffersNoButtonWhenTheApplicationDoesNotReconcile() {
        data.stopReconciling();

        assertThat(send("GET", "/console/fragments/reconciliation").body())
                .contains("does not reconcile").doesNotContain("reconcile-now");
        assertThat(send("POST", "/console/reconciliation/runs").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(String method, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
