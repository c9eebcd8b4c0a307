package org.millwright.model;

import java.time.Instant;

/**
 * What detection tells the business plane about one (asset, failure mode). Past tense: these are facts.
 * A raised condition opens an episode (or joins the open one); an escalation raises its severity; a clear
 * says the evidence is gone (the episode stays open until the maintenance work closes it).
 */
public sealed interface ConditionEvent permits ConditionRaised, ConditionEscalated, ConditionCleared {
    AssetId asset();

    FailureMode failureMode();

    Instant at();

    /** The version of the rule set that produced this event. */
    String ruleSetVersion();
}
