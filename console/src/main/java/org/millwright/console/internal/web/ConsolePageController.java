package org.millwright.console.internal.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console page. Its parts load themselves from {@link ConsoleFragmentsController}; {@code ?episode=ID}
 * opens that episode's detail pane, so a selected episode survives a reload; {@code ?asset=ID} shows that asset's
 * live vibration trend.
 */
@Controller
final class ConsolePageController {

    private final ViewFormat format;

    ConsolePageController(ViewFormat format) {
        this.format = format;
    }

    @GetMapping({"/", "/console"})
    String page(@RequestParam(name = "episode", required = false) Optional<String> episode,
                @RequestParam(name = "asset", required = false) Optional<String> asset, Model model) {
        model.addAttribute("fmt", format);
        model.addAttribute("selected", episode.filter(id -> !id.isBlank()).orElse(""));
        model.addAttribute("selectedAsset", asset.filter(id -> !id.isBlank()).orElse(""));
        return "millwright-console/page";
    }
}
