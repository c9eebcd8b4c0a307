/**
 * Ports the application implements so that the console can show assets, episodes, workflow steps and reconciliation
 * drift.
 */
package org.millwright.console.spi;
