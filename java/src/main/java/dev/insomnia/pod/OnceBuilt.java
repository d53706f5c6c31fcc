package dev.insomnia.pod;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A value built once: on first use, or ahead of it on a daemon thread ({@link
 * #startInBackground}) so that building overlaps with whatever the caller does first. A
 * failure to build is kept and thrown, the same exception, to every caller (a lazy holder
 * class would instead turn every use after the first into a bare class-initialisation error).
 *
 * @param <T> what is built
 */
final class OnceBuilt<T> {
  private final String threadName;
  private final FutureTask<T> build;

  /**
   * {@code builder}'s unchecked exceptions and errors reach callers as they are; a checked one
   * reaches them as the cause of an {@link IllegalStateException}.
   */
  OnceBuilt(String threadName, Callable<T> builder) {
    this.threadName = threadName;
    this.build = new FutureTask<>(builder);
  }

  /** Starts building on a daemon thread; the thread does nothing if the build has started. */
  void startInBackground() {
    Thread thread = new Thread(build, threadName);
    thread.setDaemon(true);
    thread.start();
  }

  /** The value: built on this thread if no one has started it, else awaited. */
  T get() {
    build.run(); // returns at once when another thread runs it or it is done
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return build.get();
        } catch (InterruptedException e) {
          interrupted = true; // a build cannot be abandoned half-way: wait it out
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof Error error) throw error;
          if (cause instanceof RuntimeException runtime) throw runtime;
          throw new IllegalStateException("a builder threw a checked exception", cause);
        }
      }
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }
}
