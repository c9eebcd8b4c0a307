package org.millwright.connector.rest.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** Whatever a value holds (quotes, braces, backslashes, line breaks, any script), rendering cannot break the output. */
class TemplateRenderingPropertiesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BodyTemplate.Checker ANY = AcceptingChecker.ANY;

    /** Text built from the characters that break naive templating, plus any Unicode code point. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> codePoint = Arbitraries.integers().between(0, 0x10FFFF)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .map(Character::toString);
        Arbitrary<String> tricky = Arbitraries.of("\"", "\\", "{", "}", "{{", "}}", "{{asset}}", "\n", "\r\n", "\t",
                "\u0000", "/", "?", "&", "#", "%", "%2F", "+", " ", "'", "<", "\u2028", "ü", "∅", "😀", "日本");
        return Arbitraries.oneOf(codePoint, tricky).list().ofMaxSize(20).map(parts -> String.join("", parts));
    }

    @Property(tries = 500)
    void aJsonBodyAlwaysParsesBackToTheValuesGiven(@ForAll("hostile") String title, @ForAll("hostile") String text)
            throws Exception {
        JsonNode template = JSON.readTree("""
                {"title": "{{title}}", "note": "Note: {{text}} ({{title}})", "nested": {"list": ["{{text}}", 1]}}
                """);
        Scope scope = new Scope(Map.of("title", NODES.stringNode(title), "text", NODES.stringNode(text)), Map.of());

        byte[] body = JSON.writeValueAsBytes(BodyTemplate.compile(template, ANY).render(scope));
        JsonNode parsed = JSON.readTree(body);

        assertThat(parsed.get("title").asString()).isEqualTo(title);
        assertThat(parsed.get("note").asString()).isEqualTo("Note: " + text + " (" + title + ")");
        assertThat(parsed.at("/nested/list/0").asString()).isEqualTo(text);
        assertThat(parsed.at("/nested/list/1").asInt()).isEqualTo(1);
        assertThat(parsed.size()).isEqualTo(3);
    }

    @Property(tries = 500)
    void aUrlValueIsEncodedIntoOneSegmentAndDecodesBack(@ForAll("hostile") String asset,
                                                        @ForAll("hostile") String reference) {
        Template url = Template.parse("/assets/{{asset}}/work?ref={{reference}}&open=true");
        Scope scope = new Scope(Map.of("asset", NODES.stringNode(asset), "reference", NODES.stringNode(reference)),
                Map.of());

        String rendered = url.render(scope, Encoding::urlComponent);
        URI uri = URI.create("http://127.0.0.1:8080" + rendered);

        String[] segments = uri.getRawPath().split("/", -1);
        assertThat(segments).hasSize(4);
        assertThat(segments[1]).isEqualTo("assets");
        assertThat(URLDecoder.decode(segments[2], StandardCharsets.UTF_8)).isEqualTo(asset);
        assertThat(segments[3]).isEqualTo("work");
        String[] parameters = uri.getRawQuery().split("&", -1);
        assertThat(parameters).hasSize(2);
        assertThat(URLDecoder.decode(parameters[0].substring("ref=".length()), StandardCharsets.UTF_8))
                .isEqualTo(reference);
        assertThat(Encoding.urlComponent(asset)).matches("[A-Za-z0-9._~%-]*");
    }

    @Property(tries = 300)
    void aValueIsInsertedOnceAndNeverExpandedAgain(@ForAll("hostile") String value) {
        Template template = Template.parse("[{{value}}]");
        Scope scope = new Scope(Map.of("value", NODES.stringNode(value), "asset", NODES.stringNode("EXPANDED")),
                Map.of());

        assertThat(template.render(scope, text -> text)).isEqualTo("[" + value + "]");
    }

    @Property(tries = 300)
    void aHeaderValueIsSentAsIsOrRefusedWhenItHoldsAControlCharacter(@ForAll("hostile") String value) {
        boolean control = value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f);

        if (control) {
            assertThatThrownBy(() -> Encoding.headerValue("Idempotency-Key", value))
                    .isInstanceOf(RenderException.class).hasMessageContaining("control character");
        } else {
            assertThat(Encoding.headerValue("Idempotency-Key", value)).isEqualTo(value);
        }
    }

    @Property(tries = 300)
    void textWithoutPlaceholdersIsKeptVerbatim(@ForAll("hostile") String text) {
        String literal = text;
        while (literal.contains("{{")) {
            literal = literal.replace("{{", "{ {");
        }

        assertThat(Template.parse(literal).fill(placeholder -> "x")).isEqualTo(literal);
    }
}
