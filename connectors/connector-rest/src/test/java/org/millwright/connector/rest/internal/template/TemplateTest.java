package org.millwright.connector.rest.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** The template syntax, its filters and the body forms. */
class TemplateTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BodyTemplate.Checker ANY = AcceptingChecker.ANY;

    @Test
    void parsesPlaceholdersWithFiltersAndSpaces() {
        Template template = Template.parse("P{{ severity | priority |lower }}-{{asset}}");

        assertThat(template.placeholders()).containsExactly(
                new Template.Placeholder("severity", List.of("priority", "lower"), "{{ severity | priority |lower }}"),
                new Template.Placeholder("asset", List.of(), "{{asset}}"));
        assertThat(template.isSinglePlaceholder()).isFalse();
        assertThat(Template.parse("{{items}}").isSinglePlaceholder()).isTrue();
    }

    @Test
    void rejectsMalformedPlaceholders() {
        assertThatThrownBy(() -> Template.parse("/assets/{{asset")).hasMessage("'{{' without a closing '}}' in"
                + " '/assets/{{asset'");
        assertThatThrownBy(() -> Template.parse("{{}}")).hasMessage("placeholder {{}} must name a variable, such as"
                + " {{asset}}");
        assertThatThrownBy(() -> Template.parse("{{severity | }}")).hasMessageContaining("empty or malformed filter");
        assertThatThrownBy(() -> Template.parse("{{asset.id}}")).hasMessageContaining("must name a variable");
    }

    @Test
    void durationFiltersRoundUpToWholeUnits() {
        Scope scope = new Scope(Map.of("duration", NODES.stringNode("PT1H30M1S")), Map.of());

        assertThat(Template.parse("{{duration | minutes}}").render(scope, t -> t)).isEqualTo("91");
        assertThat(Template.parse("{{duration | seconds}}").render(scope, t -> t)).isEqualTo("5401");
    }

    @Test
    void aTableTranslatesAndItsDefaultCatchesTheRest() {
        Table states = new Table("states", Map.of("RUNNING", NODES.stringNode("IN_SERVICE"),
                Table.ANY, NODES.stringNode("OTHER")));
        Template template = Template.parse("{{status | states | lower}}");

        assertThat(template.render(new Scope(Map.of("status", NODES.stringNode("RUNNING")), Map.of("states", states)),
                t -> t)).isEqualTo("in_service");
        assertThat(template.render(new Scope(Map.of("status", NODES.stringNode("STOPPED")), Map.of("states", states)),
                t -> t)).isEqualTo("other");
    }

    @Test
    void aValueMissingFromATableWithoutDefaultCannotBeRendered() {
        Table priority = new Table("priority", Map.of("TRIP", NODES.numberNode(1)));
        Scope scope = new Scope(Map.of("code", NODES.stringNode("X9")), Map.of("priority", priority));

        assertThatThrownBy(() -> Template.parse("{{code | priority}}").render(scope, t -> t))
                .isInstanceOf(RenderException.class)
                .hasMessage("{{code | priority}}: 'X9' has no entry in table 'priority' (entries: TRIP; add one, or a"
                        + " default \"*\")");
    }

    @Test
    void aWholePlaceholderKeepsTheJsonTypeAndEachMapsListElements() throws Exception {
        JsonNode body = JSON.readTree("""
                {"priority": "{{severity | priority}}", "label": "P{{severity | priority}}", "raw": "{{items}}",
                 "lines": {"each": "items", "as": {"no": "{{index}}", "part": "{{material}}", "qty": "{{quantity}}",
                                                   "site": "{{plant}}"}},
                 "fixed": [true, 2.5, null]}""");
        Scope scope = new Scope(Map.of("severity", NODES.stringNode("TRIP"), "plant", NODES.stringNode("1710"),
                "items", JSON.readTree("[{\"material\": \"BRG\", \"quantity\": 2}, {\"material\": \"OIL\", \"quantity\": 5}]")),
                Map.of("priority", new Table("priority", Map.of("TRIP", NODES.numberNode(1)))));

        JsonNode rendered = BodyTemplate.compile(body, ANY).render(scope);

        assertThat(rendered).isEqualTo(JSON.readTree("""
                {"priority": 1, "label": "P1", "raw": [{"material": "BRG", "quantity": 2}, {"material": "OIL", "quantity": 5}],
                 "lines": [{"no": 1, "part": "BRG", "qty": 2, "site": "1710"}, {"no": 2, "part": "OIL", "qty": 5, "site": "1710"}],
                 "fixed": [true, 2.5, null]}"""));
    }

    @Test
    void aProblemInTheBodyNamesItsPointer() throws Exception {
        JsonNode body = JSON.readTree("{\"a\": {\"b\": [\"ok\", \"{{bad\"]}}");

        assertThatThrownBy(() -> BodyTemplate.compile(body, ANY))
                .isInstanceOfSatisfying(BodyTemplate.TemplateException.class,
                        e -> assertThat(e.at().toString()).isEqualTo("/a/b/1"));
    }
}
