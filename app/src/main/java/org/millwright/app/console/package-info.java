/** Answers the console's queries from the hub's episodes, workflow journal, asset catalogue and live asset health. */
package org.millwright.app.console;
