/** Binds the maintenance steps to Flowable: the BPMN process {@code maintenance}, its delegate and its starter. */
package org.millwright.orchestrate.flowable;
