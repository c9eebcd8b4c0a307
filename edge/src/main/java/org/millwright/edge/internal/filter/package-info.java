/** Deadband and downsampling per signal, judged on the samples' own timestamps. */
package org.millwright.edge.internal.filter;
