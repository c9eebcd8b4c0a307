package org.millwright.app.rules;

import java.nio.file.Path;
import java.util.Optional;
import org.millwright.app.MillwrightProperties;
import org.millwright.app.WatchedFile;
import org.millwright.detect.ActiveRuleSet;
import org.millwright.detect.RuleSetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reloads the rule file ({@code millwright.detection.rules-file}) when it changes. A file with an error is rejected
 * with the message naming the file and line, and the previous rule set stays active. The shipped default rules
 * (no file configured) never change at runtime.
 */
@Component
public class RuleFileWatcher {
    private static final Logger log = LoggerFactory.getLogger(RuleFileWatcher.class);

    private final ActiveRuleSet rules;
    private final Optional<WatchedFile> file;
    private volatile Optional<String> lastError = Optional.empty();

    public RuleFileWatcher(ActiveRuleSet rules, MillwrightProperties properties) {
        this.rules = rules;
        this.file = Optional.ofNullable(properties.detection().rulesFile()).map(WatchedFile::new);
    }

    /** The rule file, when one is configured. */
    public Optional<Path> file() {
        return file.map(WatchedFile::path);
    }

    /** Why the last reload was rejected, until a reload succeeds. */
    public Optional<String> lastError() {
        return lastError;
    }

    @Scheduled(fixedDelayString = "${millwright.detection.reload-interval:PT5S}")
    public void reloadIfChanged() {
        if (file.isPresent() && file.get().changed()) {
            reload();
        }
    }

    /** Reloads the rule file now; returns the error when it was rejected. */
    public synchronized Optional<String> reload() {
        if (file.isEmpty()) {
            return Optional.of("no rule file is configured (millwright.detection.rules-file); the shipped rules are active");
        }
        Path path = file.get().path();
        file.get().markRead();
        ActiveRuleSet.Reload result;
        try {
            result = rules.reload(path);
        } catch (java.io.UncheckedIOException e) {
            lastError = Optional.of(e.getMessage() + ": " + e.getCause().getMessage());
            log.error("Rule file {} not reloaded: {}", path, lastError.get());
            return lastError;
        }
        lastError = result.rejected().map(RuleSetException::getMessage);
        if (result.applied()) {
            log.info("Rule set {} from {} is active", result.active().version(), path);
        } else {
            log.error("Rule file {} rejected, rule set {} stays active: {}", path, result.active().version(),
                    lastError.orElse("?"));
        }
        return lastError;
    }
}
