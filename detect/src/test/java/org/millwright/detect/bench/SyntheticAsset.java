package org.millwright.detect.bench;

import java.util.OptionalLong;
import org.millwright.model.Asset;

/**
 * One generated asset: its vibration samples (seconds since the start of the run, value in mm/s RMS, whether the
 * sample is flagged bad) and the ground truth of its injected bearing degradation, if any.
 *
 * @param asset          the asset
 * @param seconds        sample times, seconds from the start, rising except for the reordered pairs
 * @param values         sample values, mm/s RMS
 * @param bad            whether ingest flagged the sample as bad quality
 * @param onsetSecond    when the degradation started; empty for a healthy asset
 * @param failureSecond  the functional failure (vibration at the severe level); the trace ends there
 * @param endSecond      the end of the trace
 */
record SyntheticAsset(Asset asset, long[] seconds, double[] values, boolean[] bad, OptionalLong onsetSecond,
                      OptionalLong failureSecond, long endSecond) {
    /** Seconds of healthy operation: until the onset, or the whole trace. */
    long healthySeconds() {
        return onsetSecond.orElse(endSecond);
    }
}
