package org.millwright.console.internal.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.millwright.console.spi.AssetTrendView;
import org.millwright.console.spi.ConsoleActions;
import org.millwright.console.spi.ConsoleQueries;
import org.millwright.console.spi.EpisodeDetailView;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The HTML fragments that htmx swaps into the page: the asset table, the episode table and one episode's
 * detail pane. Never cached, since they are re-fetched after each change notification.
 */
@Controller
final class ConsoleFragmentsController {

    private static final String FRAGMENTS = "millwright-console/fragments";

    private final ConsoleQueries queries;
    private final Optional<ConsoleActions> actions;
    private final ViewFormat format;

    ConsoleFragmentsController(ConsoleQueries queries, Optional<ConsoleActions> actions, ViewFormat format) {
        this.queries = queries;
        this.actions = actions;
        this.format = format;
    }

    @GetMapping("/console/fragments/assets")
    String assets(Model model, HttpServletResponse response) {
        prepare(model, response);
        model.addAttribute("assets", queries.assets());
        return FRAGMENTS + " :: assets";
    }

    @GetMapping("/console/fragments/episodes")
    String episodes(Model model, HttpServletResponse response) {
        prepare(model, response);
        model.addAttribute("episodes", queries.episodes());
        return FRAGMENTS + " :: episodes";
    }

    /** The detail pane; 404 with a pane that says so when the episode is unknown (the page swaps it too). */
    @GetMapping("/console/fragments/episodes/{id}")
    String episode(@PathVariable String id, Model model, HttpServletResponse response) {
        prepare(model, response);
        Optional<EpisodeDetailView> detail = queries.episode(id);
        if (detail.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missing", id);
            return FRAGMENTS + " :: detail-missing";
        }
        model.addAttribute("detail", detail.get());
        model.addAttribute("canReplay", actions.isPresent());
        return FRAGMENTS + " :: detail";
    }

    /** Replays the parked steps of an episode; answers the refreshed detail pane with the outcome. */
    @PostMapping("/console/episodes/{id}/replay")
    String replay(@PathVariable String id, Model model, HttpServletResponse response) {
        String outcome = actions.map(action -> action.replay(id))
                .orElse("Replaying is not available: the application offers no console actions.");
        model.addAttribute("notice", outcome);
        return episode(id, model, response);
    }

    /**
     * The live vibration trend of one asset with its ISO 20816 zones, rule limits, episodes and forecast; 404 when
     * the asset has none.
     */
    @GetMapping("/console/fragments/assets/{id}/trend")
    String trend(@PathVariable String id, Model model, HttpServletResponse response) {
        prepare(model, response);
        Optional<AssetTrendView> trend = queries.assetTrend(id);
        if (trend.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missing", id);
            return FRAGMENTS + " :: trend-missing";
        }
        model.addAttribute("trend", trend.get());
        org.millwright.chart.TimeChart chart = TrendChart.chart(trend.get());
        model.addAttribute("svg", chart.svg());
        model.addAttribute("legend", chart.legend());
        model.addAttribute("forecast", TrendChart.forecastText(trend.get()).orElse(""));
        return FRAGMENTS + " :: trend";
    }

    private void prepare(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("fmt", format);
    }
}
