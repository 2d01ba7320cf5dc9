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
  // Between seeddoc's own modules only, as JUnit 5 does: the format's schema and field paths for the
  // validator and the testkit's generators, the one factory of findings and the owner of positions
  // for the validator and the command-line tool.
  exports org.seeddoc.internal.schema to org.seeddoc.impl, org.seeddoc.testkit;
  exports org.seeddoc.internal.finding to org.seeddoc.impl;
  exports org.seeddoc.internal.source to org.seeddoc.impl;
  // The configuration file is read as seed front matter is, under the same refusals and limits.
  exports org.seeddoc.internal.yaml to org.seeddoc.impl;
  // Hibernate Validator reads the records' constrained fields.
  opens org.seeddoc to org.hibernate.validator;
}
