/** Seeded, pure signal models of healthy and wearing machines that {@link org.millwright.simulator.PlantPhysics} combines. */
package org.millwright.simulator.internal.physics;
