package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompilerShareTest {
  /** A stand-in for System.nanoTime, and for the compiler's total time in milliseconds. */
  private final AtomicLong clock = new AtomicLong();

  private final AtomicLong compiled = new AtomicLong();

  @ParameterizedTest(name = "{0} threads, compiler busy on {1} then {2} cores: {3} may run")
  @CsvSource({
    "2, 0.0, 0.0, 2",
    // C1 at the start of a run: busy part of one window, then idle
    "2, 0.0, 0.8, 2",
    "2, 0.67, 0.1, 2",
    // one busy window is not enough, two are
    "2, 0.0, 1.2, 2",
    "2, 0.85, 0.9, 1",
    "2, 1.3, 1.0, 1",
    // never fewer than one
    "2, 2.0, 2.0, 1",
    "1, 1.0, 1.0, 1",
    // many cores: one fewer per busy compiler core
    "8, 3.0, 3.5, 5",
    "8, 3.9, 2.5, 6",
  })
  void leavesTheCompilerTheCoresItKeptBusy(int threads, double before, double now, int expected) {
    assertEquals(expected, CompilerShare.allowed(threads, before, now));
  }

  @Test
  void aThreadWaitsWhileTheCompilerKeepsACoreBusyAndGoesOnWhenAnotherLeaves() throws Exception {
    CompilerShare share = new CompilerShare(2, compiled::get, clock::get);
    compilerBusyForTwoWindows(share);
    share.enter();
    CountDownLatch entered = new CountDownLatch(1);
    Thread second =
        new Thread(
            () -> {
              try {
                share.enter();
                entered.countDown();
                share.exit();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    second.start();
    assertFalse(
        entered.await(200, TimeUnit.MILLISECONDS), "a second thread ran beside the compiler");
    share.exit();
    assertTrue(entered.await(10, TimeUnit.SECONDS), "the second thread never went on");
    second.join();
  }

  @Test
  void allThreadsRunAgainOnceTheCompilerIsIdle() throws Exception {
    CompilerShare share = new CompilerShare(2, compiled::get, clock::get);
    compilerBusyForTwoWindows(share);
    clock.addAndGet(CompilerShare.WINDOW_NANOS);
    share.enter();
    assertTrue(
        enteredAtOnce(share), "the compiler was idle for a window, yet a second thread waited");
  }

  @Test
  void anUnmeasuredCompilerTakesNoThread() throws Exception {
    CompilerShare share = new CompilerShare(2, null, System::nanoTime);
    share.enter();
    assertTrue(enteredAtOnce(share), "a second thread waited with no compiler measured");
  }

  /**
   * Two sampling windows in which the compiler was busy all the time, one thread checking files.
   */
  private void compilerBusyForTwoWindows(CompilerShare share) throws InterruptedException {
    for (int i = 0; i < 2; i++) {
      clock.addAndGet(CompilerShare.WINDOW_NANOS);
      compiled.addAndGet(CompilerShare.WINDOW_NANOS / 1_000_000);
      share.enter();
      share.exit();
    }
  }

  /** Whether another thread enters the share at once while this one holds its place. */
  private static boolean enteredAtOnce(CompilerShare share) throws InterruptedException {
    CountDownLatch entered = new CountDownLatch(1);
    Thread other =
        new Thread(
            () -> {
              try {
                share.enter();
                entered.countDown();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    other.start();
    boolean atOnce = entered.await(10, TimeUnit.SECONDS);
    other.interrupt();
    other.join();
    return atOnce;
  }
}
