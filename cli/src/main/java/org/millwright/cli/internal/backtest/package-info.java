/** The {@code backtest} command: a rule set run over a recording, episodes printed and compared with ground truth. */
package org.millwright.cli.internal.backtest;
