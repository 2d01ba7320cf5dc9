package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * seeddoc lsp as an editor runs it: a process on standard input and output, driven by LSP4J's
 * client side.
 */
class LanguageServerProcessTest {
  private static final long WAIT = 60;

  @TempDir Path dir;
  private Process process;
  private LanguageServer server;
  private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
  private String seed;

  /** The editor's side: it only collects diagnostics. */
  private final class Editor implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(
        ShowMessageRequestParams params) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {}
  }

  @BeforeEach
  void start() throws Exception {
    seed = CliRun.realSeed("004_04cd3372321c0f9e.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lsp")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(
            new Editor(), process.getInputStream(), process.getOutputStream());
    launcher.startListening();
    server = launcher.getRemoteProxy();
    InitializeResult init = server.initialize(new InitializeParams()).get(WAIT, TimeUnit.SECONDS);
    assertTrue(init.getCapabilities().getDocumentFormattingProvider().getLeft());
    server.initialized(new InitializedParams());
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown().get(WAIT, TimeUnit.SECONDS);
    server.exit();
    assertTrue(process.waitFor(WAIT, TimeUnit.SECONDS), "the server exits after shutdown and exit");
    assertEquals(0, process.exitValue());
  }

  private PublishDiagnosticsParams next() throws InterruptedException {
    PublishDiagnosticsParams params = diagnostics.poll(WAIT, TimeUnit.SECONDS);
    assertNotNull(params, "no diagnostics came");
    return params;
  }

  private static TextDocumentIdentifier id(String uri) {
    return new TextDocumentIdentifier(uri);
  }

  @Test
  void diagnosticsOnOpenAndChangeQuickFixesFormattingAndHovers() throws Exception {
    Path file = dir.resolve("100_0000000000000001.txt");
    Files.writeString(file, seed, StandardCharsets.UTF_8);
    String uri = file.toUri().toString();
    String bad =
        seed.replace("quality: 37", "quality: 101")
            .replace("originalUrl: \"https://", "originalUrl: \"http://");
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "seed", 1, bad)));
    List<Diagnostic> found = next().getDiagnostics();
    assertEquals(
        List.of("SD205 5 Warning", "SD203 8 Error"),
        found.stream()
            .map(
                d ->
                    d.getCode().getLeft()
                        + " "
                        + d.getRange().getStart().getLine()
                        + " "
                        + d.getSeverity())
            .toList());
    assertTrue(
        found
            .get(1)
            .getCodeDescription()
            .getHref()
            .endsWith("rules.md#sd203--number-out-of-range-error"),
        found.get(1).getCodeDescription().getHref());

    List<CodeAction> actions =
        server
            .getTextDocumentService()
            .codeAction(
                new CodeActionParams(
                    id(uri),
                    new Range(new Position(5, 0), new Position(5, 0)),
                    new CodeActionContext(found)))
            .get(WAIT, TimeUnit.SECONDS)
            .stream()
            .map(either -> either.getRight())
            .toList();
    assertEquals(
        List.of("Fix SD205 in originalUrl"), actions.stream().map(CodeAction::getTitle).toList());
    String fixed = actions.get(0).getEdit().getChanges().get(uri).get(0).getNewText();
    assertEquals(seed.replace("quality: 37", "quality: 101"), fixed);

    String messy = seed.replace("category: news", "category: 'news' # the section");
    server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, 2),
                List.of(new TextDocumentContentChangeEvent(messy))));
    assertEquals(List.of(), next().getDiagnostics(), "the change mended both");
    List<? extends TextEdit> edits =
        server
            .getTextDocumentService()
            .formatting(new DocumentFormattingParams(id(uri), new FormattingOptions(2, true)))
            .get(WAIT, TimeUnit.SECONDS);
    assertEquals(
        seed.replace("category: news", "category: news # the section"),
        edits.get(0).getNewText(),
        "formatted, the comment kept");

    Hover hover =
        server
            .getTextDocumentService()
            .hover(new HoverParams(id(uri), new Position(8, 2)))
            .get(WAIT, TimeUnit.SECONDS);
    assertEquals(
        "**quality**\n\nRequired. Integer: a decimal with a leading zero (017) is an error (SD102): YAML 1.1 reads it as octal.",
        hover.getContents().getRight().getValue());
  }

  @Test
  void formattingWhatFmtRefusesGivesNoEditAndPublishesFmtsReason() throws Exception {
    Path file = dir.resolve("100_0000000000000001.txt");
    String flow = seed.replace("topics:\n  - AI\n", "topics: [AI, # no place for me\n  ML]\n");
    Files.writeString(file, flow, StandardCharsets.UTF_8);
    String uri = file.toUri().toString();
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "seed", 1, flow)));
    assertEquals(List.of(), next().getDiagnostics());
    List<? extends TextEdit> edits =
        server
            .getTextDocumentService()
            .formatting(new DocumentFormattingParams(id(uri), new FormattingOptions(2, true)))
            .get(WAIT, TimeUnit.SECONDS);
    assertEquals(List.of(), edits, "no edit: fmt refuses the file");
    List<Diagnostic> why = next().getDiagnostics();
    assertEquals(1, why.size());
    assertEquals("SD011", why.get(0).getCode().getLeft());
    int commentLine =
        (int) flow.substring(0, flow.indexOf("# no place")).chars().filter(c -> c == '\n').count();
    assertEquals(commentLine, why.get(0).getRange().getStart().getLine());

    CliRun fmt = CliRun.of("fmt", file.toString());
    assertEquals(1, fmt.exitCode());
    assertTrue(fmt.out().contains("error [SD011] " + why.get(0).getMessage().getLeft()), fmt.out());
    assertEquals(flow, Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void theConfigurationOfTheFilesFolderApplies() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(
        dir.resolve(".seeddoc.yaml"), "rules: {SD205: error}\n", StandardCharsets.UTF_8);
    String uri = dir.resolve("100_0000000000000002.txt").toUri().toString();
    server
        .getTextDocumentService()
        .didOpen(
            new DidOpenTextDocumentParams(
                new TextDocumentItem(
                    uri,
                    "seed",
                    1,
                    seed.replace("originalUrl: \"https://", "originalUrl: \"http://"))));
    assertEquals(
        List.of(DiagnosticSeverity.Error),
        next().getDiagnostics().stream().map(Diagnostic::getSeverity).toList());
  }
}
