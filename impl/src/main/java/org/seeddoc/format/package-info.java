/**
 * Formatting and fixing, as {@code seeddoc fmt} and {@code seeddoc fix} do them, for every caller:
 * the command-line tool, the language server, the Maven plugin and Java code. Input: a file's bytes
 * or text, or its path. Output: a {@link org.seeddoc.format.FormatResult}, the file's canonical
 * content or the findings that say why it is left as it is; for a path, the file replaced safely
 * ({@link org.seeddoc.files.SafeFiles}).
 */
package org.seeddoc.format;
