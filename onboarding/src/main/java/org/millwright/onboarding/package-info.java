/** Plant onboarding as configuration: loads one YAML file per plant, runs its MQTT, Sparkplug B and OPC UA sources into the ingest pipeline, applies file changes at runtime and reports per-source status. */
package org.millwright.onboarding;
