/** The sandbox EAM: maintenance notifications and their status (OPEN → IN_PROCESS → COMPLETED). */
package org.millwright.sandbox.internal.eam;
