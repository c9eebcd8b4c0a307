package org.millwright.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Plant files dropped into the running hub, and what its plants API and console say about one of them. */
final class PlantFixtures {
    private PlantFixtures() {
    }

    /** Writes the file beside the directory and moves it in, as a deployment would: the hub never sees half a file. */
    static void drop(String name, String text) throws IOException {
        Path staged = Files.writeString(HubIT.DATA.resolve(name + ".staged"), text);
        Files.move(staged, HubIT.PLANTS.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The hub's PKI folder of an OPC UA source: {@code millwright.plants.pki-directory} defaults to data/opcua. */
    static Path pki(String plant, String source) {
        return HubIT.DATA.resolve("opcua").resolve(plant).resolve(source);
    }

    /** One source of a plant as {@code GET /api/v1/plants} shows it; an empty object while it is not there. */
    static JsonNode source(URI plantsApi, String plant, String id) {
        for (JsonNode file : Http.getJson(plantsApi).get("plants")) {
            if (plant.equals(file.path("plantId").asString())) {
                for (JsonNode source : file.get("sources")) {
                    if (id.equals(source.get("id").asString())) {
                        return source;
                    }
                }
            }
        }
        return Http.JSON.createObjectNode();
    }

    /** The console's table rows of one plant (the fragment {@code /console/plants} loads); empty when not shown. */
    static String consoleRows(URI fragment, String plant) {
        Matcher rows = Pattern.compile("<tbody[^>]*data-plant=\"" + Pattern.quote(plant) + "\"[^>]*>(.*?)</tbody>",
                Pattern.DOTALL).matcher(Http.get(fragment).body());
        return rows.find() ? rows.group(1) : "";
    }
}
