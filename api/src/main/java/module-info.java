/**
 * Reads, writes and models seed documents: UTF-8 files whose YAML front matter describes a news
 * article.
 *
 * <p>Start with {@link org.seeddoc.SeedReader} and {@link org.seeddoc.SeedWriter}; the model is
 * {@link org.seeddoc.SeedDocument} and the records it holds.
 */
module org.seeddoc {
  requires org.snakeyaml.engine;
  // The records' constraint annotations are part of their API.
  requires transitive jakarta.validation;

  exports org.seeddoc;
  // Between seeddoc's own modules only, as JUnit 5 does: the format's schema table, the one factory
  // and escaping of findings, positions, limits and the YAML tree the configuration is read with.
  // seeddoc-spark, which cannot be a named module, is held to this package by a test of its own.
  exports org.seeddoc.spi to
      org.seeddoc.impl,
      org.seeddoc.testkit;

  // Hibernate Validator reads the records' constrained fields.
  opens org.seeddoc to
      org.hibernate.validator;
}
