/** SVG drawing primitives of the charts; not an API. */
package org.millwright.chart.internal;
