/**
 * Fixtures and generators of seed documents, for the tests of projects that use seeddoc. Put it on
 * the test classpath only.
 */
// QuickTheories has no module name of its own; its Gen type is part of this module's API.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.seeddoc.testkit {
  requires transitive org.seeddoc;
  requires transitive quicktheories;
  requires org.snakeyaml.engine;
  // Only LibraryOracles needs it, and only a project that has seeddoc-impl calls it.
  requires static org.seeddoc.impl;

  exports org.seeddoc.testkit;
  exports org.seeddoc.testkit.fuzz;
}
