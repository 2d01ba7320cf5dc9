package org.seeddoc.cli.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.seeddoc.Finding;
import org.seeddoc.spi.FindingText;

/**
 * The editor's messages as the server takes them: framed by {@link LspFrames}, parsed by LSP4J, and
 * held to the protocol's life cycle before any handler sees them. A request before {@code
 * initialize} is answered with error -32002 and a notification before it is dropped, except {@code
 * exit}, as the specification says; a request without params, which every handler needs, is
 * answered with -32602; a message that does not parse is answered with -32700 when its id could be
 * read, and is one line on standard error otherwise. Nothing stops the reading but the end of the
 * stream.
 */
final class LspMessages implements MessageProducer {
  private static final int MAX_LOGGED = 300;

  private final LspFrames frames;
  private final MessageJsonHandler json;
  private final MessageConsumer replies;
  private final PrintStream log;
  private boolean initialized;

  /**
   * Reads messages.
   *
   * @param in the editor's bytes
   * @param json LSP4J's parser, which knows the server's methods
   * @param replies where answers to the editor go: the same stream LSP4J writes to, so that no two
   *     answers interleave
   * @param log standard error
   */
  LspMessages(InputStream in, MessageJsonHandler json, MessageConsumer replies, PrintStream log) {
    this.frames = new LspFrames(in);
    this.json = json;
    this.replies = replies;
    this.log = log;
  }

  @Override
  public void listen(MessageConsumer handlers) {
    long skipped = 0;
    try {
      for (byte[] body = frames.next(); body != null; body = frames.next()) {
        if (frames.skipped() > skipped) {
          skipped = frames.skipped();
          log("skipped bytes that were no message (" + skipped + " times so far)");
        }
        take(new String(body, StandardCharsets.UTF_8), handlers);
      }
    } catch (IOException e) {
      log("the editor's connection failed: " + e.getMessage());
    }
  }

  private void take(String body, MessageConsumer handlers) {
    Message message;
    try {
      message = json.parseMessage(body);
    } catch (MessageIssueException e) {
      String why = e.getIssues().isEmpty() ? "it does not parse" : e.getIssues().get(0).getText();
      if (e.getRpcMessage() instanceof RequestMessage request) {
        answer(request, ResponseErrorCode.ParseError, why);
      } else {
        log("a message was dropped: " + why);
      }
      return;
    } catch (RuntimeException e) {
      log("a message that is no JSON-RPC was dropped: " + e.getMessage());
      return;
    }
    if (message instanceof RequestMessage request) {
      boolean initialize = "initialize".equals(request.getMethod());
      if (!initialized && !initialize) {
        answer(
            request,
            ResponseErrorCode.ServerNotInitialized,
            "the server is not initialized; send initialize first");
        return;
      }
      if (request.getParams() == null && !initialize && !"shutdown".equals(request.getMethod())) {
        answer(request, ResponseErrorCode.InvalidParams, request.getMethod() + " needs params");
        return;
      }
      initialized |= initialize;
    } else if (message instanceof NotificationMessage notification) {
      String method = notification.getMethod();
      if (!initialized && !"exit".equals(method)) {
        return;
      }
      if (notification.getParams() == null
          && !"exit".equals(method)
          && !"initialized".equals(method)) {
        log("a " + method + " notification without params was dropped");
        return;
      }
    }
    handlers.consume(message);
  }

  private void answer(RequestMessage request, ResponseErrorCode code, String why) {
    ResponseMessage response = new ResponseMessage();
    response.setRawId(request.getRawId());
    response.setError(new ResponseError(code, printable(why), null));
    replies.consume(response);
  }

  private void log(String line) {
    log.println("seeddoc lsp: " + printable(line));
  }

  /** Text from the editor or from an exception, escaped and cut to one short line. */
  static String printable(String text) {
    String all = Finding.printable(String.valueOf(text));
    return all.length() > MAX_LOGGED
        ? FindingText.printable(String.valueOf(text), MAX_LOGGED) + "…"
        : all;
  }
}
