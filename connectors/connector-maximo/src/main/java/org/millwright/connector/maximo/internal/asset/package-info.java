/** Maximo asset reads and the cross-reference between canonical assets and Maximo asset numbers. */
package org.millwright.connector.maximo.internal.asset;
