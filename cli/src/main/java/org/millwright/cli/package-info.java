/** The {@code millwright-cli} command line: {@link org.millwright.cli.MillwrightCli} and its sub-commands. */
package org.millwright.cli;
