/** Purchase requests that carry the hub key in their description, looked up before every create. */
package org.millwright.connector.tryton.internal.purchase;
