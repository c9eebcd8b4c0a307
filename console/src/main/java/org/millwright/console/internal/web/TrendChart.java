package org.millwright.console.internal.web;

import java.util.List;
import java.util.Locale;
import org.millwright.console.spi.AssetTrendView;

/**
 * Draws an asset's vibration trend as inline SVG: the ISO 20816 zones as coloured bands, the samples as a line.
 * The SVG holds only numbers and fixed text, so it can be written unescaped into the page.
 */
final class TrendChart {
    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int BOTTOM = 20;

    private TrendChart() {
    }

    static String svg(AssetTrendView trend) {
        List<AssetTrendView.Point> points = trend.points();
        double top = Math.max(trend.cd() * 1.3, points.stream().mapToDouble(AssetTrendView.Point::value).max().orElse(0));
        double plotWidth = WIDTH - LEFT - 4;
        double plotHeight = HEIGHT - BOTTOM - 4;
        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(Locale.ROOT, "<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"vibration trend\">", WIDTH, HEIGHT));
        band(svg, 0, trend.ab(), "zone-a", "A", top, plotWidth, plotHeight);
        band(svg, trend.ab(), trend.bc(), "zone-b", "B", top, plotWidth, plotHeight);
        band(svg, trend.bc(), trend.cd(), "zone-c", "C", top, plotWidth, plotHeight);
        band(svg, trend.cd(), top, "zone-d", "D", top, plotWidth, plotHeight);
        for (double limit : new double[] {trend.ab(), trend.bc(), trend.cd()}) {
            double y = y(limit, top, plotHeight);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">"
                    + "%.1f</text>", LEFT - 4, y + 4, limit));
        }
        if (points.size() >= 2) {
            long first = points.get(0).at().toEpochMilli();
            long span = Math.max(1, points.get(points.size() - 1).at().toEpochMilli() - first);
            svg.append("<polyline class=\"signal\" fill=\"none\" points=\"");
            for (AssetTrendView.Point point : points) {
                double x = LEFT + plotWidth * (point.at().toEpochMilli() - first) / span;
                svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(point.value(), top, plotHeight)));
            }
            svg.append("\"/>");
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axis\">mm/s RMS · %d samples</text>",
                LEFT, HEIGHT - 4, points.size()));
        return svg.append("</svg>").toString();
    }

    private static void band(StringBuilder svg, double from, double to, String css, String zone, double top,
                             double plotWidth, double plotHeight) {
        double yTop = y(to, top, plotHeight);
        double yBottom = y(from, top, plotHeight);
        svg.append(String.format(Locale.ROOT, "<rect class=\"band %s\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" "
                + "height=\"%.1f\"/><text x=\"%.1f\" y=\"%.1f\" class=\"zone-label\">%s</text>", css, LEFT, yTop,
                plotWidth, yBottom - yTop, LEFT + plotWidth - 12, yTop + 14, zone));
    }

    private static double y(double value, double top, double plotHeight) {
        return 4 + plotHeight * (1 - Math.min(value, top) / top);
    }
}
