package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActiveRuleSetTest {
    @Test
    void aRuleFileWithAnErrorIsRejectedNamingFileAndLineAndThePreviousRuleSetStaysActive(@TempDir Path dir)
            throws Exception {
        ActiveRuleSet active = new ActiveRuleSet(RuleSetLoader.loadDefault());
        Detector before = active.detector();
        Path file = dir.resolve("plant-rules.yaml");
        Files.writeString(file, """
                version: "broken-1"
                rules:
                  - id: health
                    kind: condition-monitoring
                    signal: vibration
                    failureMode: bearing-wear
                    ewmaLambda: 0
                """);

        ActiveRuleSet.Reload reload = active.reload(file);

        assertThat(reload.applied()).isFalse();
        assertThat(reload.rejected()).hasValueSatisfying(error -> {
            assertThat(error.sourceName()).isEqualTo(file.toString());
            assertThat(error.line()).isEqualTo(7);
            assertThat(error).hasMessage(file + " line 7: 'ewmaLambda' of rule 'health' must be above 0 and at most 1,"
                    + " found 0");
        });
        assertThat(reload.active()).isSameAs(active.ruleSet());
        assertThat(active.ruleSet().version()).isEqualTo(RuleSetLoader.loadDefault().version());
        assertThat(active.detector()).isSameAs(before);
    }

    @Test
    void aValidRuleFileTakesOverWithItsVersion() {
        ActiveRuleSet active = new ActiveRuleSet(RuleSetLoader.loadDefault());

        ActiveRuleSet.Reload reload = active.reload("version: \"2\"\nrules: []\n", "inline.yaml");

        assertThat(reload.applied()).isTrue();
        assertThat(active.ruleSet().version()).isEqualTo("2");
        assertThat(active.detector().ruleSet()).isSameAs(reload.active());
    }
}
