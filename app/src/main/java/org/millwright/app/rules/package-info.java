/** The active rule set: reloaded from its file at runtime without a restart, and backtests over recordings. */
package org.millwright.app.rules;
