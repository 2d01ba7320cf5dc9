package org.seeddoc.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * How many of a run's file threads may check files at once: all of them, but one fewer for each
 * core the JIT compiler kept busy through the last two sampling windows. On a machine with few
 * cores and the JVM's default flags, the C2 compiler works through its queue for the first seconds
 * of a large run; file threads that take its core keep running slow, profiling code for longer and
 * cost more than they check (docs/performance.md, "Threads and the JIT compiler"). A window where
 * the compiler was busy only part of the time, as C1 is at the start of every run, is no reason to
 * wait; two in a row are.
 *
 * <p>Thread-safe: the file threads call {@link #enter()} and {@link #exit()} around each batch.
 */
final class CompilerShare {
  /**
   * Runs of fewer files take every thread from the start: asking the JVM for its compiler's time
   * loads its management classes (some 20 ms), and measured runs of 1,000 files were no faster.
   */
  static final int MIN_FILES = 2_000;

  /** How long a sampling window lasts: long compilations are counted only when they end. */
  static final long WINDOW_NANOS = 200_000_000L;

  /** A core counts as the compiler's when it was compiling this share of a window. */
  private static final double BUSY_CORE = 0.8;

  private final int threads;

  /** The compiler's total time in milliseconds, summed over its threads; null: not measured. */
  private final LongSupplier compiledMillis;

  private final LongSupplier nanoTime;
  private int allowed;
  private int active;
  private long sampledAt;
  private long compiledAtSample;
  private double busyBefore;

  CompilerShare(int threads, LongSupplier compiledMillis, LongSupplier nanoTime) {
    this.threads = threads;
    this.compiledMillis = compiledMillis;
    this.nanoTime = nanoTime;
    this.allowed = threads;
    if (compiledMillis != null) {
      sampledAt = nanoTime.getAsLong();
      compiledAtSample = compiledMillis.getAsLong();
    }
  }

  /**
   * The share for a run of {@code files} files on {@code threads} threads, on this JVM's compiler.
   */
  static CompilerShare of(int threads, int files) {
    if (threads < 2 || files < MIN_FILES) {
      return new CompilerShare(threads, null, System::nanoTime);
    }
    CompilationMXBean jit;
    try {
      jit = ManagementFactory.getCompilationMXBean();
    } catch (LinkageError e) {
      // A runtime linked without java.management: the threads run as they would without a compiler.
      jit = null;
    }
    boolean measured = jit != null && jit.isCompilationTimeMonitoringSupported();
    return new CompilerShare(
        threads, measured ? jit::getTotalCompilationTime : null, System::nanoTime);
  }

  /**
   * How many threads may check files, given how many cores the compiler was busy on in the window
   * before last and in the last one.
   */
  static int allowed(int threads, double busyBefore, double busyNow) {
    int compilerCores = (int) (Math.min(busyBefore, busyNow) + (1 - BUSY_CORE));
    return Math.max(1, threads - compilerCores);
  }

  /** Waits until this thread may check a batch of files. */
  synchronized void enter() throws InterruptedException {
    sample();
    while (active >= allowed) {
      wait();
    }
    active++;
  }

  /** Says that this thread has checked its batch. */
  synchronized void exit() {
    active--;
    notifyAll();
  }

  private void sample() {
    if (compiledMillis == null) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - sampledAt < WINDOW_NANOS) {
      return;
    }
    long compiled = compiledMillis.getAsLong();
    double busyNow = (compiled - compiledAtSample) * 1e6 / (now - sampledAt);
    allowed = allowed(threads, busyBefore, busyNow);
    busyBefore = busyNow;
    sampledAt = now;
    compiledAtSample = compiled;
    notifyAll();
  }
}
