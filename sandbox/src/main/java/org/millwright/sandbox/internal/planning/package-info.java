/** The sandbox production planning: proposes maintenance windows on a line. */
package org.millwright.sandbox.internal.planning;
