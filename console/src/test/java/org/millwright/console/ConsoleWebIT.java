package org.millwright.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.millwright.console.internal.stream.SseConsoleUpdates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's HTTP surface on a real server: page, fragments, static resources and the SSE stream. */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleWebIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    TestConsoleData data;

    @Autowired
    ConsoleUpdates updates;

    @Autowired
    SseConsoleUpdates stream;

    @BeforeEach
    void resetData() {
        data.reset();
    }

    @Test
    void pageWiresFragmentsToTheStreamAndLinksToApiDocsAndHealth() {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("sse-connect=\"/console/stream\"")
                .contains("hx-get=\"/console/fragments/episodes\"", "hx-trigger=\"load, sse:episodes\"")
                .contains("hx-get=\"/console/fragments/assets\"", "hx-trigger=\"load, sse:assets\"")
                .contains("href=\"/swagger-ui.html\"", "href=\"/actuator/health\"")
                .containsPattern("src=\"/console/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"")
                .containsPattern("src=\"/console/webjars/htmx-ext-sse/[0-9.]+/sse.js\"");
    }

    @Test
    void pageOpensTheDetailPaneOfTheEpisodeNamedInTheQuery() {
        String body = get("/console?episode=" + TestConsoleData.RUNNING_EPISODE).body();

        assertThat(body).contains("hx-get=\"/console/fragments/episodes/" + TestConsoleData.RUNNING_EPISODE + "\"")
                .contains("data-episode=\"" + TestConsoleData.RUNNING_EPISODE + "\"");
    }

    @Test
    void servesHtmxTheSseExtensionAndItsOwnStylesheet() {
        assertThat(get("/console/webjars/htmx.org/dist/htmx.min.js").body()).contains("htmx");
        assertThat(get("/console/webjars/htmx-ext-sse/sse.js").body()).contains("defineExtension('sse'");
        assertThat(get("/console/static/console.css").statusCode()).isEqualTo(200);
        assertThat(get("/console/static/console.js").statusCode()).isEqualTo(200);
    }

    @Test
    void trendFragmentDrawsTheChartOfTheBacktestReportWithLimitsForecastAndEpisodes() {
        HttpResponse<String> trend = get("/console/fragments/assets/M-201/trend");

        assertThat(trend.statusCode()).isEqualTo(200);
        assertThat(trend.body())
                .contains("<svg", "class=\"trend\"", "zone D", "<polyline class=\"signal\"")
                .contains("<line class=\"limit\"", "bearing-vibration-zone raise at C (2.8)")
                .contains("class=\"forecast-band\"", "<line class=\"forecast\"",
                        "C/D 4.5 mm/s forecast in 3 min (95 %: 2 min to 5 min)")
                .contains("<rect class=\"episode\"", TestConsoleData.RUNNING_EPISODE + " BEARING_WEAR ALARM")
                .contains("limits: bearing-vibration-zone raise at C (2.8); ", "120</span> samples");
        assertThat(get("/console/fragments/assets/F-301/trend").statusCode()).isEqualTo(404);
    }

    @Test
    void assetFragmentRendersHealthZoneReadingsAndEscapesText() {
        HttpResponse<String> assets = get("/console/fragments/assets");

        assertThat(assets.statusCode()).isEqualTo(200);
        assertThat(assets.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(assets.body())
                .contains("data-asset=\"M-201\"", "Main drive motor", "MOTOR", "Line-A")
                .contains("badge health-alarm", ">ALARM<", "zone zone-c", "7.42", "64.5", "2026-11-25 08:00:30")
                .contains("&lt;b&gt;Feed pump&lt;/b&gt; &amp; seal").doesNotContain("<b>Feed pump</b>")
                .contains("1 ALARM");
    }

    @Test
    void episodeFragmentListsEpisodesWithStateSeverityAndRecordNumbers() {
        String body = get("/console/fragments/episodes").body();

        assertThat(body)
                .contains("2 open · 3 total")
                .contains("data-episode=\"EP-7F3A9C2E11AB\"", "BEARING_WEAR", "badge state-open", "RUNNING")
                .contains("data-episode=\"EP-00000000A1B2\"", "CAVITATION", "badge state-closed", "2026-11-25 07:50:00")
                .contains("Purchase requisition", "PR-0042", "Assignment", "TECH-7", "10000123")
                .contains("hx-get=\"/console/fragments/episodes/EP-7F3A9C2E11AB\"", "hx-target=\"#episode-detail\"");
    }

    @Test
    void episodeDetailListsStepsInOrderWithTimesAttemptsErrorsAndRecords() {
        HttpResponse<String> detail = get("/console/fragments/episodes/" + TestConsoleData.RUNNING_EPISODE);

        assertThat(detail.statusCode()).isEqualTo(200);
        String body = detail.body();
        assertThat(body).contains("hx-trigger=\"sse:episodes\"", "hx-swap=\"outerHTML\"")
                .contains("data-record=\"notification\"", "10000123")
                .contains("ERP timeout after 5 s &lt;retrying&gt;")
                .contains("v_rms 7.42 mm/s &gt; ISO 20816-3 zone C limit 4.5 mm/s");
        List<String> stepOrder = List.of("validateAsset", "checkOpenWork", "createNotification", "checkStock",
                "reserveStock", "scheduleWindow", "dispatchTechnician");
        assertThat(stepOrder.stream().map(step -> body.indexOf("data-step=\"" + step + "\""))).isSorted()
                .doesNotContain(-1);
        String reserve = body.substring(body.indexOf("data-step=\"reserveStock\""));
        assertThat(reserve.substring(0, reserve.indexOf("</tr>")))
                .contains("state-running", "2026-11-25 08:00:05", ">2<");
    }

    @Test
    void parkedStepShowsItsSystemItsOwnTextAndTheRequestAndCanBeReplayed() {
        String body = get("/console/fragments/episodes/" + TestConsoleData.PARKED_EPISODE).body();

        assertThat(body).contains("data-parked-step=\"create-notification\"", "PERMANENT", "sandbox-eam",
                "priority must be 1 to 4 &lt;was 9&gt;", "&quot;externalReference&quot; : &quot;EP-0000000000C3&quot;",
                "hx-post=\"/console/episodes/" + TestConsoleData.PARKED_EPISODE + "/replay\"", "id=\"replay-button\"");
        assertThat(get("/console/fragments/episodes/" + TestConsoleData.RUNNING_EPISODE).body())
                .doesNotContain("replay-button");

        HttpResponse<String> replayed = post("/console/episodes/" + TestConsoleData.PARKED_EPISODE + "/replay");

        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).contains("class=\"notice\"", "run again", "id=\"episode-detail\"");
        assertThat(data.replayed()).containsExactly(TestConsoleData.PARKED_EPISODE);
    }

    @Test
    void unknownEpisodeAnswersNotFoundWithAPaneThatSaysSo() {
        HttpResponse<String> detail = get("/console/fragments/episodes/EP-000000000000");

        assertThat(detail.statusCode()).isEqualTo(404);
        assertThat(detail.body()).contains("id=\"episode-detail\"", "EP-000000000000", "not known");
    }

    @Test
    void streamAsksForAFullRefreshOnConnectAndPushesEpisodesAfterEpisodesChanged() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/console/stream"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> read(response.body(), lines), "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            await().atMost(Duration.ofSeconds(10)).until(() -> count(lines, "event:episodes") == 1
                    && count(lines, "event:assets") == 1);

            updates.episodesChanged();

            await().atMost(Duration.ofSeconds(10)).until(() -> count(lines, "event:episodes") == 2);
            assertThat(count(lines, "event:assets")).isEqualTo(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains(":heartbeat"));
        } finally {
            response.body().close();
        }
    }

    @Test
    void streamOfAClientThatWentAwayIsDropped() throws Exception {
        HttpResponse<Stream<String>> response = http.sendAsync(HttpRequest.newBuilder(uri("/console/stream")).build(),
                HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> stream.subscribers() > 0);
        int open = stream.subscribers();

        response.body().close();

        // Noticed at the next heartbeat (1 s in the test configuration).
        await().atMost(Duration.ofSeconds(15)).until(() -> stream.subscribers() < open);
    }

    private static void read(Stream<String> body, List<String> lines) {
        try {
            body.forEach(lines::add);
        } catch (UncheckedIOException e) {
            // the test closed the stream
        }
    }

    private static long count(List<String> lines, String line) {
        return lines.stream().filter(line::equals).count();
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    /** A form post as htmx sends it, without a body. */
    private HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
