/** The sandbox field service: technician assignments, their timed completion and durable completion callbacks. */
package org.millwright.sandbox.internal.fsm;
