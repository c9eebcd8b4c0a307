/** The hub's web console: its change-notification API, configuration and Spring Boot auto-configuration. */
package org.millwright.console;
