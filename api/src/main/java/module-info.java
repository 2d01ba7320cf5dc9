/**
 * Reads, writes and models seed documents: UTF-8 files whose YAML front matter describes a news
 * article.
 *
 * <p>Start with {@link org.seeddoc.SeedReader} and {@link org.seeddoc.SeedWriter}; the model is
 * {@link org.seeddoc.SeedDocument} and the records it holds.
 */
module org.seeddoc {
  requires org.snakeyaml.engine;
  requires static jakarta.validation;

  exports org.seeddoc;
  // Hibernate Validator reads the records' constrained fields.
  opens org.seeddoc to org.hibernate.validator;
}
