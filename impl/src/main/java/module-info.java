/**
 * Validation of seed documents, and the {@code seeddoc} command-line tool.
 *
 * <p>The command-line tool needs picocli, an optional dependency: library users who only validate do
 * not need it on their path.
 */
module org.seeddoc.impl {
  requires transitive org.seeddoc;
  requires static info.picocli;

  opens org.seeddoc.cli to info.picocli;
}
