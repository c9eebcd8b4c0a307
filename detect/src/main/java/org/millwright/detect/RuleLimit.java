package org.millwright.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.millwright.model.Asset;
import org.millwright.model.SignalType;

/**
 * A limit a rule compares a signal against, for drawing next to the signal (the backtest report, the console's
 * trend): threshold limits, the lower boundary of a zone rule's zones, and a condition-monitoring rule's ISO
 * 20816-3 alarm limit and C/D trip limit.
 *
 * @param ruleId     the rule
 * @param label      what the limit is, e.g. {@code "bearing-vibration-zone raise at C (2.8)"}
 * @param value      the limit, in the signal's unit
 * @param escalation whether crossing it escalates (rather than raises) the rule's condition
 */
public record RuleLimit(String ruleId, String label, double value, boolean escalation) {
    public RuleLimit {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(label, "label");
    }

    /**
     * The limits on {@code signal} of the rules of {@code ruleSet} that apply to {@code asset}, in rule order.
     *
     * @param learnedBaseline the baseline a condition-monitoring rule learned for the asset (see
     *                        {@link Features#baseline()}); with it, its alarm limit is the one in force
     *                        ({@code min(baseline + alarmFraction × B/C, alarmCap × B/C)}), without it the cap
     */
    public static List<RuleLimit> of(RuleSet ruleSet, Asset asset, SignalType signal, OptionalDouble learnedBaseline) {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(learnedBaseline, "learnedBaseline");
        ZoneBoundaries zones = ruleSet.zones().boundaries(asset.machineGroup(), asset.support());
        List<RuleLimit> limits = new ArrayList<>();
        for (Rule rule : ruleSet.rulesFor(asset)) {
            if (rule.signal() != signal) {
                continue;
            }
            String id = rule.id();
            if (rule instanceof ThresholdRule threshold) {
                String side = threshold.direction() == ThresholdRule.Direction.ABOVE ? " > " : " < ";
                limits.add(new RuleLimit(id, id + side + number(threshold.limit()), threshold.limit(), false));
                threshold.escalateLimit().ifPresent(limit ->
                        limits.add(new RuleLimit(id, id + " escalate" + side + number(limit), limit, true)));
            } else if (rule instanceof ZoneRule zone) {
                double raise = zones.lowerLimit(zone.raiseAt());
                limits.add(new RuleLimit(id, id + " raise at " + zone.raiseAt() + " (" + number(raise) + ")", raise,
                        false));
                zone.escalateAt().ifPresent(at -> limits.add(new RuleLimit(id, id + " escalate at " + at + " ("
                        + number(zones.lowerLimit(at)) + ")", zones.lowerLimit(at), true)));
            } else if (rule instanceof ConditionMonitoringRule monitoring) {
                double cap = monitoring.alarmCap() * zones.bc();
                if (learnedBaseline.isPresent()) {
                    double alarm = Math.min(learnedBaseline.getAsDouble() + monitoring.alarmFraction() * zones.bc(), cap);
                    limits.add(new RuleLimit(id, id + " alarm (" + number(alarm) + ": baseline "
                            + number(learnedBaseline.getAsDouble()) + " + " + number(monitoring.alarmFraction() * 100)
                            + " % of B/C, at most " + number(cap) + ")", alarm, false));
                } else {
                    limits.add(new RuleLimit(id, id + " alarm cap (" + number(cap)
                            + "; the alarm limit follows the learned baseline)", cap, false));
                }
                double trip = monitoring.tripFraction() * zones.cd();
                limits.add(new RuleLimit(id, id + " trip (" + number(trip) + ")", trip, true));
            }
        }
        return limits;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
