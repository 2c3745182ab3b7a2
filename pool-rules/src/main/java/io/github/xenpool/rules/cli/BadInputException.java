package io.github.xenpool.rules.cli;

/**
 * Input data the command line cannot use: a file that is missing or unreadable, or that holds
 * something other than what its option asks for. The message names the file; exit code
 * {@value Xenpool#DATA_ERROR}.
 */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
