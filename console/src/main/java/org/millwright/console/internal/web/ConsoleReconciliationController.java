package org.millwright.console.internal.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.millwright.console.spi.ConsoleQueries;
import org.millwright.console.spi.ReconciliationView;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The reconciliation panel: current drift and the last run, and "Reconcile now". While a run is queued or running,
 * the panel fetches itself again every second until the run has finished; otherwise whenever the episodes change.
 */
@Controller
final class ConsoleReconciliationController {

    private static final String FRAGMENT = "millwright-console/reconciliation :: reconciliation";

    private final ConsoleQueries queries;
    private final ViewFormat format;

    ConsoleReconciliationController(ConsoleQueries queries, ViewFormat format) {
        this.queries = queries;
        this.format = format;
    }

    @GetMapping("/console/fragments/reconciliation")
    String panel(Model model, HttpServletResponse response) {
        return render(model, response, Optional.empty());
    }

    /** Starts a run and answers the panel with it in progress; 404 with the panel when the hub does not reconcile. */
    @PostMapping("/console/reconciliation/runs")
    String reconcileNow(Model model, HttpServletResponse response) {
        Optional<String> run = queries.reconcileNow();
        if (run.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        return render(model, response, run);
    }

    private String render(Model model, HttpServletResponse response, Optional<String> started) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Optional<ReconciliationView> view = queries.reconciliation();
        model.addAttribute("fmt", format);
        model.addAttribute("available", view.isPresent());
        model.addAttribute("view", view.orElse(null));
        model.addAttribute("polling", view.map(ReconciliationView::inProgress).orElse(false));
        model.addAttribute("started", started.orElse(""));
        return FRAGMENT;
    }
}
