package org.millwright.console.spi;

/**
 * What an operator may do from the console; implemented by the application. Optional: without a bean the console
 * offers no actions.
 */
public interface ConsoleActions {

    /**
     * Replays the parked steps of an episode's workflow after the operator fixed their cause.
     *
     * @return a sentence for the operator saying what happened (e.g. that there was nothing to replay)
     */
    String replay(String episodeId);
}
