/**
 * How long the backend's running jobs get to stop when it shuts down (quitting the app,
 * stopping the browser server) before the workspace is closed (Backend.shutdown); the host
 * waits a little longer for the backend to say it has closed, then ends its thread.
 */
export const SHUTDOWN_JOBS_MS = 4000;
export const SHUTDOWN_WAIT_MS = SHUTDOWN_JOBS_MS + 2000;
