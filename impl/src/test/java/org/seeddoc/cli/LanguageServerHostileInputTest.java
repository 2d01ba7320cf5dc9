package org.seeddoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * seeddoc lsp against the bytes a broken or hostile editor sends (issue 28): it once stopped
 * answering for good after one wrong Content-Length or one deeply nested notification, answered
 * requests before initialize, and put Java stack traces into errors.
 */
// A server that stops answering would leave the test waiting for ever: fail instead.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LanguageServerHostileInputTest {
  private static final String INIT =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}";
  private static final String INITIALIZED =
      "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}";
  private static final String SHUTDOWN = "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"shutdown\"}";
  private static final String EXIT = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}";

  @TempDir Path dir;
  private Process process;
  private OutputStream toServer;
  private InputStream fromServer;

  @BeforeEach
  void start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lsp")
            .redirectError(dir.resolve("stderr").toFile())
            .start();
    toServer = process.getOutputStream();
    fromServer = process.getInputStream();
  }

  @AfterEach
  void stop() {
    process.destroyForcibly();
  }

  private void send(String body) throws IOException {
    send(body, body.getBytes(StandardCharsets.UTF_8).length);
  }

  private void send(String body, int declaredLength) throws IOException {
    toServer.write(
        ("Content-Length: " + declaredLength + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
    toServer.flush();
  }

  /** The next message from the server, skipping its notifications. */
  private JsonObject nextResponse() throws IOException {
    while (true) {
      StringBuilder headers = new StringBuilder();
      while (!headers.toString().endsWith("\r\n\r\n")) {
        int c = fromServer.read();
        if (c < 0) {
          throw new IOException("the server closed its output; it said so far: " + headers);
        }
        headers.append((char) c);
      }
      String length = headers.toString().replaceAll("(?s).*Content-Length: (\\d+).*", "$1");
      byte[] body = fromServer.readNBytes(Integer.parseInt(length));
      JsonObject message =
          JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
      if (message.has("id")) {
        return message;
      }
    }
  }

  private void initialize() throws IOException {
    send(INIT);
    assertTrue(nextResponse().has("result"));
    send(INITIALIZED);
  }

  /** Shutdown is answered and exit ends the process with 0: the server is still listening. */
  private void assertStillServing() throws Exception {
    send(SHUTDOWN);
    JsonObject response = nextResponse();
    assertEquals(99, response.get("id").getAsInt(), response.toString());
    send(EXIT);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server exits");
    assertEquals(0, process.exitValue());
    String stderr = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
    assertFalse(stderr.contains("\tat "), stderr);
    assertTrue(
        stderr.lines().allMatch(line -> line.startsWith("seeddoc lsp: ") && line.length() < 400),
        stderr);
  }

  @Test
  void aRequestBeforeInitializeIsErrorMinus32002AndANotificationIsDropped() throws Exception {
    send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{}}");
    send(
        "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/formatting\",\"params\":{\"textDocument\":{\"uri\":\"file:///x.txt\"},"
            + "\"options\":{\"tabSize\":2,\"insertSpaces\":true}}}");
    JsonObject response = nextResponse();
    assertEquals(7, response.get("id").getAsInt());
    assertEquals(
        -32002, response.getAsJsonObject("error").get("code").getAsInt(), response.toString());
    initialize();
    assertStillServing();
  }

  @Test
  void nullParamsAreInvalidParamsWithNoStackTrace() throws Exception {
    initialize();
    send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":null}");
    JsonObject response = nextResponse();
    assertEquals(
        -32602, response.getAsJsonObject("error").get("code").getAsInt(), response.toString());
    assertFalse(response.toString().contains("at org."), response.toString());
    assertStillServing();
  }

  @Test
  void aContentLengthTooShortCostsThatMessageOnly() throws Exception {
    initialize();
    send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}", 10);
    assertStillServing();
  }

  @Test
  void aContentLengthTooLongCostsNoMessageAfterIt() throws Exception {
    initialize();
    String note = "{\"jsonrpc\":\"2.0\",\"method\":\"$/note\",\"params\":{}}";
    // The declared length reaches into the shutdown request that follows.
    send(note, note.length() + 30);
    assertStillServing();
  }

  @Test
  void aNotificationNestedAHundredThousandDeepIsDropped() throws Exception {
    initialize();
    send(
        "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":"
            + "[".repeat(100_000)
            + "]".repeat(100_000)
            + "}");
    send(
        "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"x\",\"params\":"
            + "{\"a\":".repeat(100_000)
            + "1"
            + "}".repeat(100_000)
            + "}");
    JsonObject response = nextResponse();
    assertEquals(4, response.get("id").getAsInt());
    assertEquals(
        -32700, response.getAsJsonObject("error").get("code").getAsInt(), response.toString());
    assertStillServing();
  }

  @Test
  void bytesThatAreNoMessageAreSkipped() throws Exception {
    initialize();
    toServer.write(
        "garbage\r\n\r\nContent-Length: x\r\n\r\n{}Content-Length: 99999999999\r\n\r\n"
            .getBytes(StandardCharsets.UTF_8));
    toServer.flush();
    assertStillServing();
  }
}
