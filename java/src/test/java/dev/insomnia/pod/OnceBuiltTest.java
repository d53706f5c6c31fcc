package dev.insomnia.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnceBuiltTest {

  @Test
  void buildsOnFirstUseOnceWithoutABackgroundStart() {
    AtomicInteger builds = new AtomicInteger();
    OnceBuilt<Object> value = new OnceBuilt<>("t", () -> builds.incrementAndGet());
    assertEquals(0, builds.get());
    assertEquals(1, value.get());
    assertEquals(1, value.get());
    assertEquals(1, builds.get());
  }

  @Test
  void aBackgroundBuildIsAwaitedNotRepeated() throws InterruptedException {
    AtomicInteger builds = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    OnceBuilt<String> value = buildingInBackground(release, builds);
    Thread releaser = new Thread(release::countDown);
    releaser.start(); // get() below blocks on the running build until this releases it
    assertEquals("t", value.get(), "built on the background thread");
    value.startInBackground(); // after the build: the new thread finds it done
    assertEquals("t", value.get());
    assertEquals(1, builds.get());
  }

  @Test
  void aFailureReachesEveryCallerUnchanged() {
    IllegalStateException failure = new IllegalStateException("no native library here");
    OnceBuilt<Object> value =
        new OnceBuilt<>(
            "t",
            () -> {
              throw failure;
            });
    value.startInBackground();
    assertSame(failure, assertThrows(IllegalStateException.class, value::get));
    assertSame(failure, assertThrows(IllegalStateException.class, value::get));
  }

  @Test
  void errorsStayErrors() {
    OnceBuilt<Object> value =
        new OnceBuilt<>(
            "t",
            () -> {
              throw new UnsatisfiedLinkError("libinsomnia_lua.so");
            });
    UnsatisfiedLinkError e = assertThrows(UnsatisfiedLinkError.class, value::get);
    assertEquals("libinsomnia_lua.so", e.getMessage());
  }

  @Test
  void aCheckedFailureIsWrappedWithItsCause() {
    Exception checked = new Exception("checked");
    OnceBuilt<Object> value =
        new OnceBuilt<>(
            "t",
            () -> {
              throw checked;
            });
    IllegalStateException e = assertThrows(IllegalStateException.class, value::get);
    assertSame(checked, e.getCause());
  }

  @Test
  void anInterruptedCallerWaitsForTheBuildAndKeepsItsInterrupt() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    OnceBuilt<String> value = buildingInBackground(release, new AtomicInteger());
    Thread caller = Thread.currentThread();
    Thread releaser =
        new Thread(
            () -> {
              // release only once the caller is blocked in get(), interrupted
              while (caller.getState() != Thread.State.WAITING) Thread.onSpinWait();
              release.countDown();
            });
    releaser.start();
    caller.interrupt();
    try {
      assertEquals("t", value.get(), "built on the background thread");
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is restored");
    } finally {
      Thread.interrupted();
    }
  }

  /**
   * A value whose build has started on its background thread ({@code "t"}) and waits there for
   * {@code release}; the build counts itself in {@code builds} and returns its thread's name.
   */
  private static OnceBuilt<String> buildingInBackground(
      CountDownLatch release, AtomicInteger builds) throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    OnceBuilt<String> value =
        new OnceBuilt<>(
            "t",
            () -> {
              started.countDown();
              release.await();
              builds.incrementAndGet();
              return Thread.currentThread().getName();
            });
    value.startInBackground();
    started.await();
    return value;
  }
}
