/** Maximo supply: inventory balances per storeroom and purchase requisitions created at most once per reference. */
package org.millwright.connector.maximo.internal.supply;
