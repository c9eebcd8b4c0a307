/** Maintenance notifications as Maximo work orders or service requests, created at most once per reference. */
package org.millwright.connector.maximo.internal.work;
