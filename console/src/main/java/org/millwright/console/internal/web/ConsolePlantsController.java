package org.millwright.console.internal.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.millwright.console.spi.PlantQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The plants page: every plant file with its sources' connection state and counts, refreshed every few seconds
 * (connection states change without a hub event to push). Shows that plant onboarding is off when the application
 * provides no {@link PlantQueries}.
 */
@Controller
final class ConsolePlantsController {

    private static final String PLANTS = "millwright-console/plants";

    private final ObjectProvider<PlantQueries> queries;
    private final ViewFormat format;

    ConsolePlantsController(ObjectProvider<PlantQueries> queries, ViewFormat format) {
        this.queries = queries;
        this.format = format;
    }

    @GetMapping("/console/plants")
    String page(Model model) {
        model.addAttribute("fmt", format);
        return PLANTS;
    }

    @GetMapping("/console/fragments/plants")
    String plants(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("fmt", format);
        PlantQueries plants = queries.getIfAvailable();
        model.addAttribute("plants", plants == null ? List.of() : plants.plants());
        model.addAttribute("directory", plants == null ? Optional.empty() : plants.directory());
        return PLANTS + " :: plants";
    }
}
