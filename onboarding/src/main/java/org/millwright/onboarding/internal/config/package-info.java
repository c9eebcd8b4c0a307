/** The plant file: its YAML schema read with line numbers into validated, immutable source specs. */
package org.millwright.onboarding.internal.config;
