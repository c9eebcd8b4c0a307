/** Sliding-window features of one signal (level statistics and trend) over primitive ring buffers. */
package org.millwright.detect.internal.features;
