package org.millwright.chart.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.millwright.chart.Markup;

/**
 * One chart's coordinate system and the few SVG primitives charts are drawn with. Values outside the axes are
 * clamped to the frame. All text is escaped. Not thread-safe.
 */
public final class Canvas {
    public static final int WIDTH = 960;
    public static final int HEIGHT = 220;
    private static final int LEFT = 52;
    private static final int RIGHT = 120;
    private static final int TOP = 8;
    private static final int BOTTOM = 24;
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder(32_768);
    private final long t0;
    private final long t1;
    private final double y0;
    private final double y1;

    /** A canvas for times {@code t0..t1} (epoch millis) and values {@code y0..y1}; {@code label} names it. */
    public Canvas(long t0, long t1, double y0, double y1, String label) {
        this.t0 = t0;
        this.t1 = Math.max(t1, t0 + 1);
        this.y0 = y0;
        this.y1 = y1 > y0 ? y1 : y0 + 1;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\">\n");
    }

    public double x(long millis) {
        double f = (double) (Math.max(t0, Math.min(t1, millis)) - t0) / (t1 - t0);
        return LEFT + f * (WIDTH - LEFT - RIGHT);
    }

    public double y(double value) {
        double f = (Math.max(y0, Math.min(y1, value)) - y0) / (y1 - y0);
        return TOP + (1 - f) * (HEIGHT - TOP - BOTTOM);
    }

    public double right() {
        return WIDTH - RIGHT;
    }

    /** A horizontal band between two values, with a label at its right. */
    public void band(double from, double to, String fill, String label) {
        double top = y(Math.max(from, to));
        double bottom = y(Math.min(from, to));
        rect(LEFT, top, right() - LEFT, bottom - top, fill, 1, label, "band");
        text(right() + 4, (top + bottom) / 2 + 4, label, "#555");
    }

    /** A horizontal dashed line at a value; the label is its tooltip (the chart's legend lists it). */
    public void limit(double value, String stroke, String label) {
        if (value < y0 || value > y1) {
            return;
        }
        double y = y(value);
        out.append(String.format(Locale.ROOT, "<line class=\"limit\" x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                + "stroke=\"%s\" stroke-dasharray=\"6 3\"><title>%s</title></line>%n", LEFT, y, right(), y, stroke,
                escape(label)));
    }

    /** A vertical line at an instant. */
    public void marker(long millis, String stroke, boolean dashed, String title) {
        double x = x(millis);
        out.append(String.format(Locale.ROOT, "<line class=\"marker\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
                + "stroke=\"%s\" stroke-width=\"2\"%s><title>%s</title></line>%n", x, TOP, x, HEIGHT - BOTTOM, stroke,
                dashed ? " stroke-dasharray=\"4 3\"" : "", escape(title)));
    }

    /** A vertical span between two instants, e.g. an episode: a light shade over the plot and a strip on top. */
    public void span(long from, long to, String fill, String title) {
        rect(x(from), TOP, x(to) - x(from), HEIGHT - TOP - BOTTOM, fill, 0.15, title, "episode");
        rect(x(from), TOP, x(to) - x(from), 6, fill, 0.9, title, "episode-strip");
    }

    /** A filled polygon through (time, value) corners, e.g. a forecast band. */
    public void polygon(long[] times, double[] values, String fill, double opacity, String cssClass, String title) {
        out.append("<polygon class=\"").append(cssClass).append("\" points=\"");
        for (int i = 0; i < times.length; i++) {
            out.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(times[i]), y(values[i])));
        }
        out.append(String.format(Locale.ROOT, "\" fill=\"%s\" fill-opacity=\"%.2f\"><title>%s</title></polygon>%n",
                fill, opacity, escape(title)));
    }

    /** A straight line between two (time, value) points. */
    public void segment(long fromT, double fromV, long toT, double toV, String stroke, boolean dashed, String cssClass) {
        out.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                + "stroke=\"%s\" stroke-width=\"1.5\"%s/>%n", cssClass, x(fromT), y(fromV), x(toT), y(toV), stroke,
                dashed ? " stroke-dasharray=\"5 3\"" : ""));
    }

    /** A path (SVG path data already in canvas coordinates). */
    public void path(String d, String stroke, String fill, double fillOpacity, String cssClass) {
        out.append("<path class=\"").append(cssClass).append("\" d=\"").append(d).append("\" stroke=\"").append(stroke)
                .append("\" fill=\"").append(fill).append(String.format(Locale.ROOT,
                        "\" fill-opacity=\"%.2f\" stroke-width=\"1.2\"/>%n", fillOpacity));
    }

    /** A polyline through points already in canvas coordinates ({@code "x,y x,y ..."}). */
    public void polyline(String points, String stroke, String cssClass) {
        out.append("<polyline class=\"").append(cssClass).append("\" points=\"").append(points)
                .append("\" fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"1.5\"/>\n");
    }

    public void text(double x, double y, String text, String fill) {
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\">%s</text>%n",
                x, y, fill, escape(text)));
    }

    /** Text that ends at {@code x}. */
    public void textEndingAt(double x, double y, String text, String fill) {
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\" "
                + "text-anchor=\"end\">%s</text>%n", x, y, fill, escape(text)));
    }

    /** Frame, value ticks and time ticks. */
    public void axes(String unit) {
        out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#888\"/>%n", LEFT, TOP, right() - LEFT, HEIGHT - TOP - BOTTOM));
        for (int i = 0; i <= 4; i++) {
            double value = y0 + (y1 - y0) * i / 4;
            text(4, y(value) + 4, String.format(Locale.ROOT, "%.1f", value), "#333");
        }
        text(4, TOP + 10 + (HEIGHT - TOP - BOTTOM) / 2.0 + 12, unit, "#333");
        DateTimeFormatter format = t1 - t0 < 3_600_000 ? SECONDS : DAYS;
        for (int i = 0; i <= 5; i++) {
            long t = t0 + (t1 - t0) * i / 5;
            text(x(t) - (i == 5 ? 60 : i == 0 ? 0 : 30), HEIGHT - 6, format.format(Instant.ofEpochMilli(t)), "#333");
        }
    }

    public String close() {
        return out.append("</svg>\n").toString();
    }

    private void rect(double x, double y, double width, double height, String fill, double opacity, String title,
                      String cssClass) {
        out.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                + "fill=\"%s\" fill-opacity=\"%.2f\"><title>%s</title></rect>%n", cssClass, x, y, Math.max(1, width),
                Math.max(0, height), fill, opacity, escape(title)));
    }

    private static String escape(String text) {
        return Markup.escape(text);
    }
}
