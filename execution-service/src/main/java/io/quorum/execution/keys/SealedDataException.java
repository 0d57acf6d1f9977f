package io.quorum.execution.keys;

/**
 * Stored key material could not be opened. The message says why in general terms and never carries any of
 * the data, so it is safe to log.
 */
public class SealedDataException extends RuntimeException {

    public SealedDataException(String message) {
        super(message);
    }
}
