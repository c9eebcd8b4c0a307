/** Plant onboarding in the hub: runs the plant files' sources into the pipeline, and shows them in the API, health and console. */
package org.millwright.app.plants;
