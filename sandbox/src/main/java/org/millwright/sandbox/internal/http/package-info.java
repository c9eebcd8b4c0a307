/** The sandbox's small HTTP layer on the JDK server: routing, JSON bodies, and the uniform JSON error answer. */
package org.millwright.sandbox.internal.http;
