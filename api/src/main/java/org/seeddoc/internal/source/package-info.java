/**
 * Stage 1, the source. Input: the bytes or text of a file. Output: checked UTF-8 text split into its
 * envelope (where the front matter lies in it, and the body), and, for any offset into it, a {@link org.seeddoc.Position}
 * ({@link org.seeddoc.internal.source.SourceText}, the one owner of positions and caret snippets).
 * Also the reader's limits and the {@link org.seeddoc.internal.source.ReadFailure} that any stage
 * throws when the rest of a file is unreadable.
 */
package org.seeddoc.internal.source;
