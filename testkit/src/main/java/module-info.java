/**
 * Fixtures and generators of seed documents, for the tests of projects that use seeddoc. Put it on
 * the test classpath only.
 */
module org.seeddoc.testkit {
  requires transitive org.seeddoc;

  exports org.seeddoc.testkit;
}
