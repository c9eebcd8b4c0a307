/** OPC UA server sources: subscribed nodes mapped to tags. */
package org.millwright.onboarding.internal.opcua;
