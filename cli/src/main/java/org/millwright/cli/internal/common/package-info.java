/** Argument resolution and the user-facing error type shared by the commands. */
package org.millwright.cli.internal.common;
