/** Sparkplug B sources: a primary host application per source, mapped metrics to tags. */
package org.millwright.onboarding.internal.sparkplug;
