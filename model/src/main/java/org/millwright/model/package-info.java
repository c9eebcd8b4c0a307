/** The canonical vocabulary every Millwright module speaks: typed ids, signals, assets, episodes and their events. JDK only. */
package org.millwright.model;
