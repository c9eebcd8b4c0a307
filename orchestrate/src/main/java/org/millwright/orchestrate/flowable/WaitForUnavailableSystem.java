package org.millwright.orchestrate.flowable;

import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.flowable.job.api.JobInfo;
import org.flowable.job.service.JobServiceConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AsyncRunnableExecutionExceptionHandler;
import org.flowable.job.service.impl.persistence.entity.JobEntity;
import org.flowable.job.service.impl.persistence.entity.TimerJobEntity;
import org.millwright.connector.SystemUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A step whose system of record is known to be down (its circuit is open) waits for it durably instead of spending
 * one of its attempts: its job becomes a timer job due when the circuit lets a trial call through, with its retries
 * untouched. An outage longer than the retry budget therefore parks no step as an incident; a system that answers
 * with errors still uses up the attempts. Register before Flowable's default handler.
 */
public final class WaitForUnavailableSystem implements AsyncRunnableExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(WaitForUnavailableSystem.class);

    private final Clock clock;

    public WaitForUnavailableSystem(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean handleException(JobServiceConfiguration jobs, JobInfo job, Throwable failure) {
        Optional<SystemUnavailableException> unavailable = unavailable(failure);
        if (unavailable.isEmpty()) {
            return false;
        }
        SystemUnavailableException cause = unavailable.get();
        jobs.getCommandExecutor().execute(context -> {
            JobEntity executable = jobs.getJobEntityManager().findById(job.getId());
            if (executable == null) {
                return null; // already moved or deleted by someone else
            }
            TimerJobEntity waiting = jobs.getJobManager().moveJobToTimerJob(executable);
            if (waiting != null) {
                waiting.setDuedate(Date.from(clock.instant().plus(cause.retryAfter())));
                waiting.setExceptionMessage(cause.getMessage());
            }
            return null;
        });
        LOG.info("Job {} waits {} for {}: {}", job.getId(), cause.retryAfter(), cause.system(),
                cause.upstreamMessage());
        return true;
    }

    private static Optional<SystemUnavailableException> unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SystemUnavailableException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
