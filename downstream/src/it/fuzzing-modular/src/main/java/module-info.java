/** A user's fuzzing harness as a JPMS module: the testkit's fuzz package must resolve and run. */
module com.example.fuzzmodular {
  requires org.seeddoc.testkit;
  requires org.seeddoc.impl;
}
