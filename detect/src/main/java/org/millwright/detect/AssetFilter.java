package org.millwright.detect;

import java.util.Objects;
import java.util.Set;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;

/**
 * Which assets a rule applies to ({@code appliesTo} in YAML). An empty set does not restrict; when several sets are
 * given, an asset must match each of them.
 *
 * @param assetClasses the asset classes the rule applies to; empty for any class
 * @param assets       the asset ids the rule applies to; empty for any asset
 * @param sites        the ISA-95 sites ({@link org.millwright.model.Isa95Location#site()}); empty for any site
 */
public record AssetFilter(Set<AssetClass> assetClasses, Set<AssetId> assets, Set<String> sites) {
    private static final AssetFilter ANY = new AssetFilter(Set.of(), Set.of(), Set.of());

    public AssetFilter {
        assetClasses = Set.copyOf(Objects.requireNonNull(assetClasses, "assetClasses"));
        assets = Set.copyOf(Objects.requireNonNull(assets, "assets"));
        sites = Set.copyOf(Objects.requireNonNull(sites, "sites"));
    }

    /** A filter on asset classes and ids, any site. */
    public AssetFilter(Set<AssetClass> assetClasses, Set<AssetId> assets) {
        this(assetClasses, assets, Set.of());
    }

    /** The filter that lets every asset through. */
    public static AssetFilter any() {
        return ANY;
    }

    /** Whether a rule with this filter applies to {@code asset}. */
    public boolean matches(Asset asset) {
        return (assetClasses.isEmpty() || assetClasses.contains(asset.assetClass()))
                && (assets.isEmpty() || assets.contains(asset.id()))
                && (sites.isEmpty() || sites.contains(asset.location().site()));
    }
}
