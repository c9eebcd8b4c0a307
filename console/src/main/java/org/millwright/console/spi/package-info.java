/** Ports the application implements so that the console can show assets, episodes and workflow steps. */
package org.millwright.console.spi;
