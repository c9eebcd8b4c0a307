package org.millwright.connector.rest.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** JSON Pointers and the small JSONPath subset name the same places in an answer. */
class PathsTest {
    @Test
    void jsonPathSubsetBecomesAJsonPointer() {
        assertThat(Paths.parse("$").toString()).isEmpty();
        assertThat(Paths.parse("").toString()).isEmpty();
        assertThat(Paths.parse("$.data.items[0].id").toString()).isEqualTo("/data/items/0/id");
        assertThat(Paths.parse("$['work order'][\"no/1\"]").toString()).isEqualTo("/work order/no~11");
        assertThat(Paths.parse("/data/items/0/id").toString()).isEqualTo("/data/items/0/id");
    }

    @Test
    void wildcardsFiltersAndRecursiveDescentAreRefused() {
        assertThatThrownBy(() -> Paths.parse("$.items[*].id")).hasMessageContaining("beyond the supported subset");
        assertThatThrownBy(() -> Paths.parse("$..id")).hasMessageContaining("beyond the supported subset");
        assertThatThrownBy(() -> Paths.parse("$.items[?(@.open)]")).hasMessageContaining("beyond the supported subset");
        assertThatThrownBy(() -> Paths.parse("$.items[0")).hasMessageContaining("'[' without ']'");
        assertThatThrownBy(() -> Paths.parse("items.id")).hasMessageContaining("neither a JSON Pointer");
    }
}
