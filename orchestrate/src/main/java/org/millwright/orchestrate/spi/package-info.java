/** What the workflow needs from its host: durable ledger rows, a step journal and the episode store. */
package org.millwright.orchestrate.spi;
