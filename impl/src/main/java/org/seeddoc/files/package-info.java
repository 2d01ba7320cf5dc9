/**
 * Seed files on disk, as the command-line tool finds and writes them. Input: files and folders, and
 * the {@code .seeddoc.yaml} files that govern them. Output: the listing of their seed files, each
 * with its configuration ({@link org.seeddoc.files.SeedFinder}), and files read within the reader's
 * limit and replaced without harm ({@link org.seeddoc.files.SafeFiles}).
 */
package org.seeddoc.files;
