package io.zkmig.runner.split;

/**
 * Measures what clients feel during a split: started right before the first change, finished after
 * the last. {@link #snapshot()} may be called in between (per-step figures).
 */
public interface ClientImpactProbe extends AutoCloseable {

    void start() throws Exception;

    /** Figures so far. */
    ClientImpact snapshot();

    /**
     * Waits until the clients have caught up with the last change (a few more acknowledged writes), bounded, with
     * no fixed sleep: after it, a snapshot shows what the last step did to them.
     */
    void settle() throws Exception;

    /** Stops measuring and returns the final figures (acknowledged writes checked). */
    ClientImpact finish() throws Exception;

    @Override
    void close();
}
