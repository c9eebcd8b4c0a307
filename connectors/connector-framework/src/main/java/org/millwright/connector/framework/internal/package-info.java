/** The guarded call pipeline per system and the hand-written port decorators that route every call through it. */
package org.millwright.connector.framework.internal;
