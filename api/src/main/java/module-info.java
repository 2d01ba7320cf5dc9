/**
 * Reads, writes and models seed documents: UTF-8 files whose YAML front matter describes a news
 * article.
 *
 * <p>Start with {@link org.seeddoc.SeedReader} and {@link org.seeddoc.SeedWriter}; the model is
 * {@link org.seeddoc.SeedDocument} and the records it holds.
 */
module org.seeddoc {
  requires org.snakeyaml.engine;

  exports org.seeddoc;
}
