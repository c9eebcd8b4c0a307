/**
 * YAML files read with the line of every value, typed reads whose errors name file, line and path, and secret
 * references.
 */
package org.millwright.connector.rest.internal.yaml;
