package dev.switchboard.runtime.run;

/**
 * Where a run is. Terminal statuses never change again; a retry is a new run.
 *
 * <pre>{@code
 * if (run.status().terminal()) show(run.error());
 * }</pre>
 */
public enum RunStatus {
    QUEUED, RUNNING, PAUSED, SUCCEEDED, FAILED, TIMEOUT, QUOTA_EXCEEDED, MEMORY_LIMIT_EXCEEDED, INTERNAL_ERROR, CANCELED;

    public boolean terminal() {
        return this != QUEUED && this != RUNNING && this != PAUSED;
    }
}
