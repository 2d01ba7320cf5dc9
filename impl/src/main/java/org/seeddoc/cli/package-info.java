/**
 * The {@code seeddoc} command-line tool. Input: a command line. Output: findings in the chosen
 * report format and an {@link org.seeddoc.cli.ExitCode}. Every file goes the same way: listed by
 * {@link org.seeddoc.files.SeedFinder}, run on all cores by {@link org.seeddoc.cli.FileRunner}
 * through {@link org.seeddoc.cli.FilePipeline}, which calls the library (validate, format or fix),
 * reported in order.
 */
package org.seeddoc.cli;
