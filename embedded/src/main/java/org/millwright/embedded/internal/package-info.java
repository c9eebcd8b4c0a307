/** Helpers shared by the embedded database and broker, such as loopback port checks; not API. */
package org.millwright.embedded.internal;
