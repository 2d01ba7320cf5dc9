/** A user's application as a JPMS module: seeddoc-impl's module graph must resolve as it stands. */
module com.example.modular {
  requires org.seeddoc.impl;
}
