package org.seeddoc.testkit.bench;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.seeddoc.testkit.SeedFixtures;

/**
 * {@code seeddoc lsp} as an editor sees it, through its standard input and output: the time from a
 * change of a 5 KB seed document to its diagnostics, after warm-up, and the time from starting the
 * server's process to the first document's diagnostics. Runs {@code impl/target/seeddoc.jar}, so
 * build it first; docs/performance.md gives the command.
 */
public class LanguageServerBenchmark {
  /** A server process with one open document. */
  @State(Scope.Benchmark)
  public static class Server {
    final SynchronousQueue<PublishDiagnosticsParams> diagnostics = new SynchronousQueue<>();
    Process process;
    LanguageServer server;
    String text;
    int version;

    @Setup(Level.Trial)
    public void start() throws Exception {
      String seed = SeedFixtures.text(SeedFixtures.REAL_SEEDS.get(1));
      int related = seed.indexOf("\nrelated:\n") + "\nrelated:\n".length();
      int secured = seed.indexOf("\nsecured:");
      // More copies of its related article make the seed a document of 5 KB.
      StringBuilder grown = new StringBuilder(seed.substring(0, secured));
      while (grown.length() + seed.length() - secured < 5 * 1024) {
        grown.append(seed, related, secured);
      }
      text = grown.append(seed.substring(secured)).toString();
      open(this);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
      server.shutdown().get(30, TimeUnit.SECONDS);
      server.exit();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  static void open(Server state) throws Exception {
    Path jar = Path.of("impl/target/seeddoc.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "build impl/target/seeddoc.jar first: mvn -B -DskipTests package");
    }
    state.process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "lsp")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    // The editor's side only hands diagnostics over; every other message is ignored.
    LanguageClient editor =
        (LanguageClient)
            Proxy.newProxyInstance(
                LanguageClient.class.getClassLoader(),
                new Class<?>[] {LanguageClient.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "publishDiagnostics" ->
                        state.diagnostics.put((PublishDiagnosticsParams) args[0]);
                    case "hashCode" -> {
                      return System.identityHashCode(proxy);
                    }
                    case "equals" -> {
                      return proxy == args[0];
                    }
                    case "toString" -> {
                      return "editor";
                    }
                    default -> {}
                  }
                  return method.getReturnType() == CompletableFuture.class
                      ? CompletableFuture.completedFuture(null)
                      : null;
                });
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(
            editor, state.process.getInputStream(), state.process.getOutputStream());
    launcher.startListening();
    state.server = launcher.getRemoteProxy();
    state.server.initialize(new InitializeParams()).get(60, TimeUnit.SECONDS);
    state.server.initialized(new InitializedParams());
    state
        .server
        .getTextDocumentService()
        .didOpen(
            new DidOpenTextDocumentParams(
                new TextDocumentItem(
                    "file:///bench/100_0000000000000001.txt", "seed", 1, state.text)));
    state.diagnostics.poll(60, TimeUnit.SECONDS);
  }

  /**
   * One change, the whole text sent as editors do with full synchronisation, to its diagnostics.
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public PublishDiagnosticsParams changeToDiagnostics(Server state) throws InterruptedException {
    state.version++;
    // Every other change moves a value, so that each is a real change.
    String text =
        state.version % 2 == 0 ? state.text : state.text.replace("quality: ", "quality: 1");
    state
        .server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(
                    "file:///bench/100_0000000000000001.txt", state.version),
                List.of(new TextDocumentContentChangeEvent(text))));
    return state.diagnostics.poll(60, TimeUnit.SECONDS);
  }

  /** A new server process, initialised, with one document open, to its first diagnostics. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 10)
  @Fork(1)
  public Process startToFirstDiagnostics() throws Exception {
    Server state = new Server();
    String seed = SeedFixtures.text(SeedFixtures.REAL_SEEDS.get(1));
    state.text = seed;
    open(state);
    state.stop();
    return state.process;
  }
}
