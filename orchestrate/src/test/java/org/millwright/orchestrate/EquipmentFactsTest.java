package org.millwright.orchestrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.millwright.connector.SparePart;

class EquipmentFactsTest {
    @Test
    void survivesEncodingRoundTrip() {
        EquipmentFacts facts = new EquipmentFacts("N100", "line-1",
                List.of(new SparePart("BRG-6205-2RS", 2), new SparePart("SEAL-35x52", 1)));

        assertThat(EquipmentFacts.decode(facts.encode())).isEqualTo(facts);
    }

    @Test
    void survivesEncodingWithoutSpareParts() {
        EquipmentFacts facts = new EquipmentFacts("N100", "line-1", List.of());

        assertThat(EquipmentFacts.decode(facts.encode())).isEqualTo(facts);
    }

    @Test
    void rejectsSeparatorsInValues() {
        assertThatThrownBy(() -> new EquipmentFacts("N|100", "line-1", List.of()))
                .hasMessageContaining("not allowed");
    }
}
