/**
 * Validation of seed documents, and the {@code seeddoc} command-line tool.
 *
 * <p>Start with {@link org.seeddoc.validation.SeedValidator}; {@link org.seeddoc.config.SeedConfig}
 * holds what a {@code .seeddoc.yaml} file configures. The command-line tool needs picocli, an
 * optional dependency: library users who only validate do not need it on their path.
 */
// ICU4J and JGit have no module descriptor of their own, only an automatic module name.
@SuppressWarnings("requires-automatic")
module org.seeddoc.impl {
  requires transitive org.seeddoc;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires org.bouncycastle.provider;
  requires com.ibm.icu;
  requires com.google.common;
  requires org.eclipse.jgit;
  // JGit's matcher logs through SLF4J, and JGit, an automatic module, cannot say so: without this
  // the module path resolves no SLF4J and the first glob fails with NoClassDefFoundError.
  requires org.slf4j;

  // To tell whether the program has an SLF4J provider, before JGit starts SLF4J (QuietLogging).
  uses org.slf4j.spi.SLF4JServiceProvider;

  requires java.logging;
  requires java.management;
  requires static info.picocli;
  requires static io.github.javadiffutils;
  requires static org.eclipse.lsp4j;
  requires static org.eclipse.lsp4j.jsonrpc;

  exports org.seeddoc.validation;
  exports org.seeddoc.config;
  exports org.seeddoc.format;
  exports org.seeddoc.files;
  exports org.seeddoc.report;
  exports org.seeddoc.cache;
}
