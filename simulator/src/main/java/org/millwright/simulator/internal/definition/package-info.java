/** Reading plant definitions from YAML into the simulator's API records, with problems named per item. */
package org.millwright.simulator.internal.definition;
