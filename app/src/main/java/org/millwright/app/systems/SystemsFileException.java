package org.millwright.app.systems;

/** The systems file is wrong; the message names the file, the offending key and the problem. */
public class SystemsFileException extends RuntimeException {
    public SystemsFileException(String message) {
        super(message);
    }

    public SystemsFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
