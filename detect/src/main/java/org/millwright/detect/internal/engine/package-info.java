/** The detection state machine: compiled rules, per-asset memory and the step from one sample to condition events. */
package org.millwright.detect.internal.engine;
