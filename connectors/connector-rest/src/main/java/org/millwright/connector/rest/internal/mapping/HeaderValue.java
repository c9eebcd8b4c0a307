package org.millwright.connector.rest.internal.mapping;

import org.millwright.connector.rest.internal.template.Scope;
import org.millwright.connector.rest.internal.template.Template;

/** A header's value: a template over the request, or a secret resolved when the file was loaded (never printed). */
public sealed interface HeaderValue {
    String render(Scope scope);

    record Templated(Template template) implements HeaderValue {
        public String render(Scope scope) {
            return template.render(scope, text -> text);
        }
    }

    record Secret(String value) implements HeaderValue {
        public String render(Scope scope) {
            return value;
        }

        @Override
        public String toString() {
            return "Secret[****]";
        }
    }
}
