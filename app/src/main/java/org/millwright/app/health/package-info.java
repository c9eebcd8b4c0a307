/** Health of the hub's parts for {@code /actuator/health}: broker link, workflow engine, systems of record. */
package org.millwright.app.health;
