package org.seeddoc.cli.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.seeddoc.Comments;
import org.seeddoc.Finding;
import org.seeddoc.Fixes;
import org.seeddoc.ParseResult;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;
import org.seeddoc.SeedWriter;
import org.seeddoc.Severity;
import org.seeddoc.cli.schema.JsonSchemaWriter;
import org.seeddoc.config.SeedConfig;
import org.seeddoc.files.SeedFinder;
import org.seeddoc.format.FormatResult;
import org.seeddoc.format.SeedFormatter;
import org.seeddoc.report.RuleDocs;
import org.seeddoc.spi.FieldPath;
import org.seeddoc.spi.FieldSpec;
import org.seeddoc.spi.RecordSchema;
import org.seeddoc.spi.SeedSchema;
import org.seeddoc.spi.ValueKind;
import org.seeddoc.spi.ValueType;
import org.seeddoc.validation.SeedValidator;

/**
 * The open documents of an editor, each read and validated as {@code seeddoc check} would, with the
 * {@code .seeddoc.yaml} that governs its file: findings become diagnostics, their fixes quick
 * fixes. Thread-safe: LSP4J calls it from its message thread, and each document's analysis is
 * replaced whole.
 */
final class SeedTextDocuments implements TextDocumentService {
  /** One open document as last read. */
  private record Analysis(String text, ParseResult result, List<Finding> findings) {}

  private final SeedReader reader = SeedReader.create();
  private final SeedWriter writer = SeedWriter.create();
  private final SeedFormatter formatter = SeedFormatter.create();
  private final Future<SeedValidator> started;
  private final Map<String, Analysis> open = new ConcurrentHashMap<>();
  private final RuleDocs rules = new RuleDocs();
  private volatile SeedFinder finder = SeedFinder.discovering();
  private volatile LanguageClient client;

  SeedTextDocuments(Future<SeedValidator> started) {
    this.started = started;
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  /** A watched file changed, perhaps a .seeddoc.yaml: read configuration afresh and check again. */
  void configurationMayHaveChanged() {
    finder = SeedFinder.discovering();
    open.forEach((uri, analysis) -> analyse(uri, analysis.text()));
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    analyse(params.getTextDocument().getUri(), params.getTextDocument().getText());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    // Full synchronisation: the last change holds the whole text.
    analyse(
        params.getTextDocument().getUri(),
        params.getContentChanges().get(params.getContentChanges().size() - 1).getText());
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    open.remove(uri);
    publish(uri, List.of());
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // The text is already known from the changes.
  }

  private void analyse(String uri, String text) {
    ParseResult result = reader.parse(text, uri);
    List<Finding> findings = validator(uri).validate(result);
    open.put(uri, new Analysis(text, result, findings));
    publish(uri, findings.stream().map(finding -> diagnostic(finding, text)).toList());
  }

  private void publish(String uri, List<Diagnostic> diagnostics) {
    LanguageClient to = client;
    if (to != null) {
      to.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
    }
  }

  /** The validator with the configuration of the document's file, when it is one. */
  private SeedValidator validator(String uri) {
    SeedValidator validator;
    try {
      validator = started.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Hibernate Validator could not start", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Hibernate Validator was starting", e);
    }
    Path file = file(uri);
    SeedConfig config = file == null ? SeedConfig.defaults() : finder.configFor(file);
    return config == SeedConfig.defaults()
        ? validator
        : SeedValidator.builder().config(config).build();
  }

  private static Path file(String uri) {
    try {
      URI parsed = URI.create(uri);
      return "file".equals(parsed.getScheme()) ? Path.of(parsed) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Diagnostic diagnostic(Finding finding, String text) {
    Range range = range(text, finding.line(), finding.column());
    Diagnostic diagnostic =
        new Diagnostic(
            range,
            finding.message(),
            finding.severity() == Severity.ERROR
                ? DiagnosticSeverity.Error
                : DiagnosticSeverity.Warning,
            "seeddoc",
            finding.rule().id());
    diagnostic.setCodeDescription(new DiagnosticCodeDescription(rules.link(finding.rule())));
    return diagnostic;
  }

  /**
   * From a finding's line and column, which counts code points, to the end of its line, in LSP's
   * 0-based lines and UTF-16 units.
   */
  private static Range range(String text, int line, int column) {
    if (line < 1) {
      return new Range(new Position(0, 0), new Position(0, 0));
    }
    String lineText = lineOf(text, line - 1);
    int start =
        lineText.offsetByCodePoints(
            0, Math.min(Math.max(column - 1, 0), lineText.codePointCount(0, lineText.length())));
    return new Range(new Position(line - 1, start), new Position(line - 1, lineText.length()));
  }

  private static String lineOf(String text, int index) {
    int from = 0;
    for (int i = 0; i < index && from >= 0; i++) {
      from = text.indexOf('\n', from);
      from = from < 0 ? -1 : from + 1;
    }
    if (from < 0 || from > text.length()) {
      return "";
    }
    int end = text.indexOf('\n', from);
    String line = end < 0 ? text.substring(from) : text.substring(from, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static Range whole(String text) {
    String[] lines = text.split("\n", -1);
    return new Range(
        new Position(0, 0), new Position(lines.length - 1, lines[lines.length - 1].length()));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    String uri = params.getTextDocument().getUri();
    Analysis analysis = open.get(uri);
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    if (analysis == null || analysis.result().document().isEmpty()) {
      return CompletableFuture.completedFuture(actions);
    }
    int first = params.getRange().getStart().getLine() + 1;
    int last = params.getRange().getEnd().getLine() + 1;
    for (Finding finding : analysis.findings()) {
      if (!Fixes.isFixable(finding) || finding.line() < first || finding.line() > last) {
        continue;
      }
      List<Finding> only = List.of(finding);
      SeedDocument fixed = Fixes.apply(analysis.result().document().get(), only);
      Comments comments = Fixes.moveComments(analysis.result().comments(), only);
      String text;
      try {
        text = writer.write(fixed, comments).text();
      } catch (IllegalArgumentException e) {
        continue;
      }
      CodeAction action = new CodeAction("Fix " + finding.rule().id() + " in " + finding.field());
      action.setKind(CodeActionKind.QuickFix);
      action.setDiagnostics(List.of(diagnostic(finding, analysis.text())));
      action.setEdit(
          new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(whole(analysis.text()), text)))));
      actions.add(Either.forRight(action));
    }
    return CompletableFuture.completedFuture(actions);
  }

  /**
   * Formats as {@code seeddoc fmt} would, with the same code: a document that fmt refuses gets no
   * edit, and the findings that say why join its diagnostics (an SD011 at each comment with no
   * place).
   */
  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    String uri = params.getTextDocument().getUri();
    Analysis analysis = open.get(uri);
    if (analysis == null) {
      return CompletableFuture.completedFuture(List.of());
    }
    FormatResult formatted = formatter.format(analysis.text(), uri);
    if (formatted.isChanged()) {
      return CompletableFuture.completedFuture(
          List.of(new TextEdit(whole(analysis.text()), formatted.text())));
    }
    if (formatted.status() == FormatResult.Status.REFUSED) {
      List<Finding> shown = new ArrayList<>(analysis.findings());
      formatted.findings().stream().filter(finding -> !shown.contains(finding)).forEach(shown::add);
      publish(uri, shown.stream().map(finding -> diagnostic(finding, analysis.text())).toList());
    }
    return CompletableFuture.completedFuture(List.of());
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    Analysis analysis = open.get(params.getTextDocument().getUri());
    if (analysis == null) {
      return CompletableFuture.completedFuture(null);
    }
    int line = params.getPosition().getLine() + 1;
    String path = null;
    int column = -1;
    for (Map.Entry<String, org.seeddoc.Position> entry : analysis.result().positions().entrySet()) {
      org.seeddoc.Position at = entry.getValue();
      boolean isKey = !entry.getKey().endsWith("]");
      if (isKey
          && at.line() == line
          && at.column() > column
          && at.column() - 1 <= params.getPosition().getCharacter()) {
        path = entry.getKey();
        column = at.column();
      }
    }
    String description = path == null ? null : describe(path);
    if (description == null) {
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.completedFuture(
        new Hover(new MarkupContent(MarkupKind.MARKDOWN, "**" + path + "**\n\n" + description)));
  }

  /** What docs/format.md says of the key a path ends in, found by walking the schema table. */
  private static String describe(String path) {
    RecordSchema<?, ?> schema = SeedSchema.DOCUMENT;
    List<Object> steps = FieldPath.stepsIfPath(path).orElse(List.of());
    for (int i = 0; i < steps.size(); i++) {
      if (!(steps.get(i) instanceof String key)) {
        continue;
      }
      FieldSpec<?, ?, ?> field = schema.field(key);
      if (field == null) {
        return null;
      }
      if (i == steps.size() - 1) {
        return JsonSchemaWriter.description(schema, key);
      }
      ValueType<?> type =
          field.type().kind() == ValueKind.LIST ? field.type().item() : field.type();
      if (type.kind() != ValueKind.RECORD) {
        return null;
      }
      schema = type.record();
    }
    return null;
  }
}
