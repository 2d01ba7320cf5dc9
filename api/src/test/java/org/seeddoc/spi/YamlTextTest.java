package org.seeddoc.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedReader;

class YamlTextTest {

  @ParameterizedTest(name = "U+{0} is written {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "005C|\\\\",
        "0022|\\\"",
        "0009|\\t",
        "000A|\\n",
        "000D|\\r",
        "0000|\\0",
        "001B|\\e",
        "0001|\\x01",
        "001F|\\x1F",
        "007F|\\x7F",
        "0080|\\x80",
        "0085|\\x85",
        "009F|\\x9F",
        "2028|\\L",
        "2029|\\P",
        "FEFF|\\uFEFF",
      })
  void escapes(String hex, String escape) {
    String c = Character.toString(Integer.parseInt(hex, 16));
    assertEquals("\"a" + escape + "b\"", YamlText.doubleQuoted("a" + c + "b"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Café",
        "São Paulo",
        "日本語",
        "😀",
        "👩\u200D💻",
        "עברית",
        "“curly” ‘quotes’",
        "'",
        "#",
        "a: b",
        "\u00A0",
        "\u200B"
      })
  void everyOtherCharacterIsWrittenAsItself(String text) {
    assertEquals("\"" + text + "\"", YamlText.doubleQuoted(text));
  }

  @Test
  void everyEscapeReadsBackAsTheCharacterItStandsFor() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= 0xA0; c++) {
      all.appendCodePoint(c);
    }
    all.append("\u2028\u2029\uFEFF\uFFFE\uFFFF😀");
    String title = all.toString();
    String text = "---\ntitle: " + YamlText.doubleQuoted(title) + "\n---\n";
    SeedDocument document = SeedReader.create().parse(text, "escapes").document().orElseThrow();
    assertEquals(title, document.title());
  }

  @Test
  void unpairedSurrogatesCannotBeWritten() {
    assertThrows(IllegalArgumentException.class, () -> YamlText.doubleQuoted("a\uDC00"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "news",
        "article",
        "AI",
        "IET",
        "theiet.org",
        "EurekAlert!",
        "News Medical",
        "Benzinga.com",
        "news-medical.net",
        "Ünïcödé",
        "日本",
        "a,b",
        "a#b",
        "a:b",
        "x1",
        "yes-no",
        "3D",
        "1st",
        "COVID-19",
        "2024a"
      })
  void plainSafeTokens(String token) {
    assertTrue(YamlText.isPlainSafe(token), token);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yes",
        "Yes",
        "YES",
        "no",
        "No",
        "on",
        "Off",
        "y",
        "N",
        "true",
        "False",
        "null",
        "Null",
        "NULL",
        "~",
        "2024",
        "1e3",
        "0x1F",
        "0o17",
        "017",
        "1_000",
        "12:30",
        "190:20:30",
        "1.5",
        "3.",
        "2024-01-01",
        "2022-05-06T12:29:00Z",
        "a: b",
        "a #b",
        "a:",
        "a ",
        " a",
        "",
        "-a",
        "'a'",
        "\"a\"",
        "a\\b",
        "a\tb",
        "a\nb",
        "*a",
        "&a",
        "!a",
        "%a",
        "@a",
        "`a",
        "[a]",
        "{a}",
        ".inf",
        "-1",
        "+1",
        "a\u0085b",
        "a\u2028b",
        "\uFEFFa"
      })
  void tokensThatNeedQuotes(String token) {
    assertFalse(YamlText.isPlainSafe(token), token);
  }
}
