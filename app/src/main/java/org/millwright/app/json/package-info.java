/** How the canonical model's typed ids read and write in JSON and YAML: as their plain string values. */
package org.millwright.app.json;
