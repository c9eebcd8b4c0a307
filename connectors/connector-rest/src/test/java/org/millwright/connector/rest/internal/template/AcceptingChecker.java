package org.millwright.connector.rest.internal.template;

import java.util.List;

/** A checker that accepts every placeholder, for tests of rendering alone (the mapping's checks have their own). */
final class AcceptingChecker implements BodyTemplate.Checker {
    static final AcceptingChecker ANY = new AcceptingChecker();

    @Override
    public void placeholder(Template.Placeholder placeholder, boolean wholeValue, List<String> each) {
    }

    @Override
    public void each(String variable, List<String> outer) {
    }
}
