package org.seeddoc.cli.lsp;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.seeddoc.cli.Version;
import org.seeddoc.validation.SeedValidator;

/**
 * {@code seeddoc lsp}: the Language Server Protocol over standard input and output, for editors:
 * diagnostics on open and on each change, a quick fix for each finding that carries a fix,
 * formatting in the canonical layout with comments kept, and hovers on keys. The work is {@link
 * SeedTextDocuments}'; this class answers the protocol's life cycle.
 */
public final class SeedLanguageServer implements LanguageServer, LanguageClientAware {
  private final SeedTextDocuments documents;
  private boolean shutdown;

  SeedLanguageServer(Future<SeedValidator> validator) {
    this.documents = new SeedTextDocuments(validator);
  }

  /** Serves the protocol on standard input and output until the editor closes the connection. */
  public static void serve(Future<SeedValidator> validator) throws Exception {
    SeedLanguageServer server = new SeedLanguageServer(validator);
    // The protocol's bytes, not the tool's text streams: LSP frames its messages itself.
    Launcher<LanguageClient> launcher =
        LspLauncher.create(
            server,
            new FileInputStream(FileDescriptor.in),
            new FileOutputStream(FileDescriptor.out),
            new PrintStream(
                new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    server.connect(launcher.getRemoteProxy());
    launcher.startListening().get();
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ServerCapabilities capabilities = new ServerCapabilities();
    // Seed documents are small: the whole text on each change is simpler than edits, and as fast.
    capabilities.setTextDocumentSync(TextDocumentSyncKind.Full);
    capabilities.setCodeActionProvider(true);
    capabilities.setDocumentFormattingProvider(true);
    capabilities.setHoverProvider(true);
    return CompletableFuture.completedFuture(
        new InitializeResult(capabilities, new ServerInfo("seeddoc", Version.text())));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    System.exit(shutdown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return new WorkspaceService() {
      @Override
      public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // Configuration comes from .seeddoc.yaml files, found for each document.
      }

      @Override
      public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        documents.configurationMayHaveChanged();
      }
    };
  }

  @Override
  public void connect(LanguageClient client) {
    documents.connect(client);
  }
}
