/** JMH benchmarks of the per-asset detection hot path, with the healthy sample stream they feed. */
package org.millwright.bench;
