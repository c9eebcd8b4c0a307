/** The mapping file's model (operations, their variables and answer fields) and its checking parser. */
package org.millwright.connector.rest.internal.mapping;
