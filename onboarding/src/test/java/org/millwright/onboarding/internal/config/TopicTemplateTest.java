package org.millwright.onboarding.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTemplateTest {
    private final TopicTemplate template = TopicTemplate.parse("plant7/{cell}/press/{point}");

    @Test
    void subscribesWithAWildcardForEachNamedLevel() {
        assertThat(template.filter()).isEqualTo("plant7/+/press/+");
        assertThat(template.names()).containsExactly("cell", "point");
    }

    @Test
    void matchesTopicsOfItsLayoutGivingTheNamedLevelsInOrder() {
        assertThat(template.match("plant7/c3/press/VIB_DE")).contains(List.of("c3", "VIB_DE"));
    }

    @Test
    void doesNotMatchTopicsOfAnotherLayout() {
        assertThat(template.match("plant7/c3/drill/VIB_DE")).isEmpty();
        assertThat(template.match("plant7/c3/press")).isEmpty();
        assertThat(template.match("plant7/c3/press/VIB/extra")).isEmpty();
        assertThat(template.match("plant7//press/VIB")).isEmpty();
    }

    @Test
    void refusesTemplatesThatCannotIdentifyATag() {
        assertThatThrownBy(() -> TopicTemplate.parse("plant7/press")).hasMessageContaining("names no level");
        assertThatThrownBy(() -> TopicTemplate.parse("plant7/{a}/#")).hasMessageContaining("wildcard at level 3");
        assertThatThrownBy(() -> TopicTemplate.parse("plant7/{a}/{a}")).hasMessageContaining("names {a} twice");
        assertThatThrownBy(() -> TopicTemplate.parse("plant7/x{a}")).hasMessageContaining("spanning the level");
        assertThatThrownBy(() -> TopicTemplate.parse("plant7//{a}")).hasMessageContaining("empty level 2");
    }
}
