package dev.insomnia.lua;

/** The native library could not be found or loaded; the message says what to do. */
public final class NativeLibraryException extends RuntimeException {
  NativeLibraryException(String message) {
    super(message);
  }

  NativeLibraryException(String message, Throwable cause) {
    super(message, cause);
  }
}
