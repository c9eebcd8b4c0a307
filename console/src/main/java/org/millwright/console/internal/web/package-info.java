/** The console page, its htmx fragments and static resources. */
package org.millwright.console.internal.web;
