package org.millwright.onboarding.internal.config;

import java.util.List;
import org.millwright.onboarding.SourceKind;

/** One source of a plant as its file declares it. Equal specs mean the running source can stay as it is. */
public sealed interface SourceSpec permits MqttJsonSpec, SparkplugSpec, OpcUaSpec {

    /** The source's id, unique within its plant. */
    String id();

    /** Its protocol. */
    SourceKind kind();

    /** Every tag it maps. */
    List<TagMapping> mappings();
}
