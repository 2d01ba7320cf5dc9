package org.seeddoc.testkit.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fuzzing assets the testkit ships, as resources of this package: a libFuzzer dictionary
 * ({@code seeddoc.dict}: keys, delimiters, YAML indicators, URL and host pieces, base64 edges),
 * recommended options ({@code seeddoc.options}, in OSS-Fuzz's format), and a seed corpus of whole
 * files ({@code corpus/}: the real seeds, canonical and non-canonical renderings, hostile inputs).
 * With Jazzer's JUnit integration, {@code @DictionaryFile(resourcePath =
 * "/org/seeddoc/testkit/fuzz/seeddoc.dict")} uses the dictionary directly.
 */
public final class FuzzAssets {
  /** The dictionary's resource path, for Jazzer's {@code @DictionaryFile}. */
  public static final String DICTIONARY = "/org/seeddoc/testkit/fuzz/seeddoc.dict";

  private static final String OPTIONS = "seeddoc.options";
  private static final String CORPUS = "corpus/";

  private FuzzAssets() {}

  /**
   * The libFuzzer dictionary.
   *
   * @return its text
   */
  public static String dictionary() {
    return text(DICTIONARY.substring(DICTIONARY.lastIndexOf('/') + 1));
  }

  /**
   * The recommended options, in OSS-Fuzz's {@code .options} format.
   *
   * @return their text
   */
  public static String options() {
    return text(OPTIONS);
  }

  /**
   * The seed corpus: whole seed files, by name.
   *
   * @return each file's bytes by its name, in name order
   */
  public static Map<String, byte[]> seedCorpus() {
    Map<String, byte[]> corpus = new LinkedHashMap<>();
    for (String name : text(CORPUS.substring(0, CORPUS.length() - 1) + ".index").split("\n")) {
      if (!name.isBlank()) {
        corpus.put(name, bytes(CORPUS + name));
      }
    }
    return corpus;
  }

  /**
   * Writes the seed corpus into a folder, for a fuzzer that takes its corpus from one.
   *
   * @param folder the folder, created if needed
   * @return the folder
   * @throws IOException if a file cannot be written
   */
  public static Path writeSeedCorpus(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Map.Entry<String, byte[]> file : seedCorpus().entrySet()) {
      Files.write(folder.resolve(file.getKey()), file.getValue());
    }
    return folder;
  }

  private static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String name) {
    try (InputStream in = FuzzAssets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the testkit jar lacks " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
