/** HTTP calls to the sandbox with failure classification, and the mapping of its JSON to the connector records. */
package org.millwright.connector.sandbox.internal;
