/** The telemetry plane wired together: MQTT source → ingest gateway → partitioned detection → episodes. */
package org.millwright.app.pipeline;
