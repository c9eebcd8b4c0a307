package org.millwright.detect;

import java.util.Objects;
import java.util.Set;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;

/**
 * Which assets a rule applies to ({@code appliesTo} in YAML). An empty set does not restrict; when both sets are
 * given, an asset must match both.
 *
 * @param assetClasses the asset classes the rule applies to; empty for any class
 * @param assets       the asset ids the rule applies to; empty for any asset
 */
public record AssetFilter(Set<AssetClass> assetClasses, Set<AssetId> assets) {
    private static final AssetFilter ANY = new AssetFilter(Set.of(), Set.of());

    public AssetFilter {
        assetClasses = Set.copyOf(Objects.requireNonNull(assetClasses, "assetClasses"));
        assets = Set.copyOf(Objects.requireNonNull(assets, "assets"));
    }

    /** The filter that lets every asset through. */
    public static AssetFilter any() {
        return ANY;
    }

    /** Whether a rule with this filter applies to {@code asset}. */
    public boolean matches(Asset asset) {
        return (assetClasses.isEmpty() || assetClasses.contains(asset.assetClass()))
                && (assets.isEmpty() || assets.contains(asset.id()));
    }
}
