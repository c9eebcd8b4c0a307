/** Looks up the Tryton records the configuration names by code: locations per plant and products by material. */
package org.millwright.connector.tryton.internal.master;
