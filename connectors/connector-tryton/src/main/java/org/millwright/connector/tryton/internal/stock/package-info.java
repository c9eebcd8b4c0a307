/** Stock levels and reservations as internal shipments from the storage location to the maintenance location. */
package org.millwright.connector.tryton.internal.stock;
