/**
 * {@code seeddoc lsp}, a language server on LSP4J. Input: an editor's messages on standard input.
 * Output: diagnostics, quick fixes, formatting edits and hovers, from the same library calls as the
 * command line ({@link org.seeddoc.validation.SeedValidator}, {@link
 * org.seeddoc.format.SeedFormatter}).
 */
package org.seeddoc.cli.lsp;
