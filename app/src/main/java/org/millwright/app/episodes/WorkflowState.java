package org.millwright.app.episodes;

/** Where the workflow of an episode stands, as the API reports it. */
public enum WorkflowState {
    /** Started; no step has run yet. */
    STARTED,
    RUNNING,
    /** A step failed and the engine will retry it. */
    RETRYING,
    /** A step exhausted its retries; an operator must act (the job is in Flowable's dead-letter jobs). */
    INCIDENT,
    /** A system of record is down (its circuit is open); the step waits for it durably and resumes on recovery. */
    WAITING_FOR_SYSTEM,
    /** The technician is on the job; waiting for field service to report completion. */
    WAITING_FOR_COMPLETION,
    COMPLETED
}
