package org.millwright.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.millwright.console.spi.PlantQueries;
import org.millwright.console.spi.PlantSourceView;
import org.millwright.console.spi.PlantView;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plants page on a real server: every plant with its sources' states, and a rejected file's error. */
@SpringBootTest(classes = {ConsoleTestApplication.class, ConsolePlantsWebIT.Plants.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsolePlantsWebIT {
    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Configuration(proxyBeanMethods = false)
    static class Plants {
        @Bean
        PlantQueries plantQueries() {
            return new PlantQueries() {
                @Override
                public List<PlantView> plants() {
                    return List.of(new PlantView("north.yaml", "north", "North plant", "acme/north",
                                    "north.yaml line 12: unknown signal 'vibrato' in node #1 of source 'plc-7'",
                                    List.of(new PlantSourceView("plc-7", "opcua", "opc.tcp://plc-7:4840/ua", "FAILED",
                                                    "OPC UA server opc.tcp://plc-7:4840/ua refused the credentials",
                                                    Optional.of(T0), 0, 0, 0, Optional.empty()),
                                            new PlantSourceView("press-json", "mqtt-json", "mqtt://127.0.0.1:1883 plant7/+/+",
                                                    "CONNECTED", "", Optional.of(T0), 42, 41, 1, Optional.of(T0)))),
                            new PlantView("south.yaml", "", "", "", "south.yaml line 1: missing required key 'name'",
                                    List.of()));
                }

                @Override
                public Optional<String> directory() {
                    return Optional.of("/etc/millwright/plants");
                }
            };
        }
    }

    @Test
    void pageLoadsThePlantsTableAndPollsIt() {
        HttpResponse<String> page = get("/console/plants");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("hx-get=\"/console/fragments/plants\"", "hx-trigger=\"load, every 2s\"")
                .doesNotContain("plant-table");
        assertThat(get("/console").body()).contains("href=\"/console/plants\"");
    }

    @Test
    void listsEachPlantsSourcesWithStateReasonAndCountsAndARejectedFilesError() {
        String fragment = get("/console/fragments/plants").body();

        assertThat(fragment).contains("/etc/millwright/plants", "2 file(s)")
                .contains("data-source=\"plc-7\"", "state-failed", "refused the credentials")
                .contains("data-source=\"press-json\"", "state-connected", ">42<", ">41<")
                .contains("north.yaml line 12: unknown signal &#39;vibrato&#39;")
                .contains("data-file=\"south.yaml\"", "south.yaml line 1: missing required key &#39;name&#39;")
                .contains("2026-11-25 08:00:00");
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
