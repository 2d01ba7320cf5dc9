/**
 * The {@code seeddoc} command-line tool. Input: a command line. Output: findings in the chosen
 * report format and an {@link org.seeddoc.cli.ExitCode}. Every file goes the same way: listed by
 * {@link org.seeddoc.cli.SeedFiles}, run on all cores by {@link org.seeddoc.cli.FileRunner} through
 * {@link org.seeddoc.cli.FilePipeline} (bytes once, parse, validate or format), reported in order.
 */
package org.seeddoc.cli;
