/** Tag scaling and unit conversion to the canonical unit of each signal, as affine maps. */
package org.millwright.onboarding.internal.convert;
