package org.millwright.onboarding.internal.config;

import java.util.Objects;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;
import org.millwright.onboarding.internal.convert.Conversion;

/**
 * What one tag of a source becomes: a canonical signal of an asset, its raw values converted by one affine map
 * (the tag's scaling, then its unit to the signal's canonical unit).
 *
 * @param tag        how the plant file names the tag, for messages (e.g. {@code ns=2;s=Line1/Motor1/Vib})
 * @param asset      the canonical asset
 * @param signal     the canonical signal
 * @param unit       the unit of the scaled value as declared (the canonical unit when the file gives none)
 * @param conversion raw value to canonical unit
 */
public record TagMapping(String tag, AssetId asset, SignalType signal, String unit, Conversion conversion) {
    public TagMapping {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(conversion, "conversion");
    }

    /** {@code asset/signal}, for messages. */
    public String target() {
        return asset.value() + '/' + signal.wireName();
    }
}
