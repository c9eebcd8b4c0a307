/** The edge agent's configuration: one YAML file read and validated into typed records, with errors naming file, line and problem. */
package org.millwright.edge.config;
