package org.millwright.model;

/** Life of an episode: opened by a raised condition, escalated by stronger evidence, closed when the work is done. */
public enum EpisodeState {
    OPEN,
    ESCALATED,
    CLOSED
}
