package org.millwright.console.spi;

import java.util.List;
import java.util.Optional;

/**
 * What the console's plants page reads, implemented by an application that onboards plants from files. Optional:
 * without a bean of this type the page says that no plants are configured. Called on web request threads every few
 * seconds while the page is open, so it should answer from memory.
 */
public interface PlantQueries {

    /** Every plant file, in the order the console should list them. */
    List<PlantView> plants();

    /** The directory the plant files are read from; empty when plant onboarding is off. */
    Optional<String> directory();
}
