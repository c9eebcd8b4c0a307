/** Reads rule sets from SnakeYAML node trees, so that every error names the line it comes from. */
package org.millwright.detect.internal.rules;
