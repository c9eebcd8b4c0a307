/** Implementation of the console; nothing here is API. */
package org.millwright.console.internal;
