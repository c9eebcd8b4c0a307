/** The small template syntax of mapping files ({@code {{name | filter}}}): URL, header and JSON body rendering. */
package org.millwright.connector.rest.internal.template;
