package org.millwright.connector.rest.internal.template;

import java.nio.charset.StandardCharsets;

/** How a value is made safe where it lands: percent-encoding in URLs, no line breaks in headers. */
public final class Encoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Encoding() {
    }

    /**
     * Percent-encodes the UTF-8 bytes of everything but the RFC 3986 unreserved characters ({@code A-Z a-z 0-9 - . _
     * ~}), so a value is one path segment or one query value whatever it holds ({@code /}, {@code ?}, {@code &},
     * {@code #}, spaces, non-ASCII).
     */
    public static String urlComponent(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return encoded.toString();
    }

    /**
     * The header value as rendered, or an exception when a value brought in a control character (a line break would
     * let a request value inject headers).
     */
    public static String headerValue(String header, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                throw new RenderException("header " + header + " would contain a control character (code "
                        + (int) c + "); header values must be one line");
            }
        }
        return value;
    }
}
