package org.seeddoc.cli.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * LSP4J's launcher with seeddoc's reading of the editor's bytes ({@link LspMessages}) in place of
 * LSP4J's, which one broken message could silence for good; a handler's failure answered without a
 * Java stack trace; and LSP4J's log as one escaped line per record on standard error.
 */
final class LspLauncher extends Launcher.Builder<LanguageClient> {
  private final PrintStream log;
  private MessageJsonHandler json;
  private MessageConsumer replies;

  private LspLauncher(PrintStream log) {
    this.log = log;
  }

  /**
   * The launcher of a server on a pair of streams.
   *
   * @param server the server
   * @param in the editor's bytes
   * @param out the bytes to the editor
   * @param log standard error
   * @return the launcher, not yet listening
   */
  static Launcher<LanguageClient> create(
      SeedLanguageServer server, InputStream in, OutputStream out, PrintStream log) {
    logTo(log);
    LspLauncher builder = new LspLauncher(log);
    builder
        .setLocalService(server)
        .setRemoteInterface(LanguageClient.class)
        .setInput(in)
        .setOutput(out)
        .setExceptionHandler(LspLauncher::failure);
    return builder.create();
  }

  /**
   * What a handler's exception is to the editor: its own error, or seeddoc's failure in one line.
   */
  private static ResponseError failure(Throwable e) {
    Throwable cause = e;
    while ((cause instanceof CompletionException
            || cause instanceof InvocationTargetException
            || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof ResponseErrorException error) {
      return error.getResponseError();
    }
    return new ResponseError(
        ResponseErrorCode.InternalError,
        "seeddoc failed on this request (please report it): "
            + LspMessages.printable(cause.toString()),
        null);
  }

  @Override
  protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
    // As LSP4J's own, but keeping the stream to the editor, on which LspMessages answers too.
    json = jsonHandler;
    replies = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
    RemoteEndpoint endpoint =
        new RemoteEndpoint(replies, ServiceEndpoints.toEndpoint(localServices), exceptionHandler);
    jsonHandler.setMethodProvider(endpoint);
    endpoint.setJsonHandler(jsonHandler);
    return endpoint;
  }

  @Override
  protected ConcurrentMessageProcessor createMessageProcessor(
      MessageProducer lsp4jReader, MessageConsumer handlers, LanguageClient client) {
    return new ConcurrentMessageProcessor(new LspMessages(input, json, replies, log), handlers);
  }

  /**
   * LSP4J logs through java.util.logging, stack traces and all: one short line a record instead.
   */
  private static void logTo(PrintStream log) {
    Logger lsp4j = Logger.getLogger("org.eclipse.lsp4j");
    lsp4j.setUseParentHandlers(false);
    lsp4j.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
              String cause = record.getThrown() == null ? "" : ": " + record.getThrown();
              log.println("seeddoc lsp: " + LspMessages.printable(record.getMessage() + cause));
            }
          }

          @Override
          public void flush() {
            log.flush();
          }

          @Override
          public void close() {
            flush();
          }
        });
  }
}
