package org.seeddoc.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.seeddoc.testkit.SeedFixtures;

/**
 * A folder of files with one defect each, made from a real seed: every rule {@code seeddoc check}
 * reports on a folder, but SD012, which only a bug or a failing disk gives.
 */
final class DefectFolder {
  private static final String SEED = "000_d1aaf954cc0ce8f5.txt";

  private DefectFolder() {}

  /** Each file's name and bytes. */
  static Map<String, byte[]> files() {
    String seed = SeedFixtures.text(SEED);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("000_0000000000000000.txt", seed.getBytes(StandardCharsets.UTF_8));
    byte[] latin1 =
        seed.replace("AI can predict", "AI can pr\u00e9dict").getBytes(StandardCharsets.ISO_8859_1);
    files.put("001_0000000000000001.txt", latin1);
    files.put("002_0000000000000002.txt", utf8(seed.substring(0, seed.lastIndexOf("---"))));
    files.put(
        "003_0000000000000003.txt",
        utf8(seed.replace("type: article\nquality", "type: [article\nquality")));
    files.put(
        "004_0000000000000004.txt", utf8(seed.replace("category: news", "category: &a news")));
    files.put(
        "005_0000000000000005.txt",
        utf8(seed.replace("category: news", "category: " + "n".repeat(2_000_000))));
    files.put("006_0000000000000006.txt", utf8(seed.replace("heat: -1", "heat: -1\nheat: 2")));
    files.put("007_0000000000000007.txt", utf8("---\n- a list\n---\n"));
    files.put("008_0000000000000008.txt", utf8("\uFEFF" + seed));
    files.put("009_0000000000000009.txt", utf8(seed.replace("\n", "\r\n")));
    files.put(
        "014_0000000000000014.txt",
        utf8(seed.replace("heat: -1", "heat: -1 # seeddoc-ignore SD211")));
    files.put("101_0000000000000101.txt", utf8(seed.replace("category: news\n", "")));
    files.put("102_0000000000000102.txt", utf8(seed.replace("quality: 17", "quality: \"x\"")));
    files.put("103_0000000000000103.txt", utf8(seed.replace("heat: -1", "heat: -1\nhaet: 2")));
    files.put(
        "104_0000000000000104.txt",
        utf8(seed.replace("2022-05-06T12:29:00Z", "2022-13-45T12:29:00Z")));
    files.put(
        "201_0000000000000201.txt",
        utf8(seed.replace("\"AI can predict bone fractures in cancer patients\"", "\" \"")));
    files.put(
        "202_0000000000000202.txt", utf8(seed.replace("\"AI can predict", "\" AI can predict")));
    files.put("203_0000000000000203.txt", utf8(seed.replace("quality: 17", "quality: 170")));
    files.put(
        "204_0000000000000204.txt",
        utf8(seed.replace("originalUrl: \"https://", "originalUrl: \"ftp://")));
    files.put(
        "205_0000000000000205.txt",
        utf8(seed.replace("webUrl: \"https://eandt", "webUrl: \"http://eandt")));
    files.put(
        "206_0000000000000206.txt",
        utf8(seed.replace("type: article\nquality", "type: \"art\\nicle\"\nquality")));
    files.put(
        "207_0000000000000207.txt",
        utf8(seed.replace("domain: theiet.org", "domain: -theiet-.org")));
    files.put(
        "208_0000000000000208.txt",
        utf8(seed.replaceFirst("secured: \"[^\"]*\"", "secured: \"not base64\"")));
    files.put("209_0000000000000209.txt", utf8(seed.replaceFirst("\n    ampWebUrl: [^\n]*", "")));
    files.put(
        "210_0000000000000210.txt",
        utf8(seed.replace("www-news--medical-net.cdn", "www-news-medical-net.cdn")));
    files.put(
        "211_0000000000000211.txt",
        utf8(seed.replace("domain: theiet.org", "domain: example.org")));
    files.put(
        "212_0000000000000212.txt",
        utf8(
            seed.replace(
                "    webUrl: \"https://www.news-medical.net/news/20220505/Using-AI-to-predict-how-cancer-may-affect-the-probability-of-spinal-fractures.aspx\"",
                "    webUrl: \"https://eandt.theiet.org/content/articles/2022/05/ai-can-predict-bone-fractures-in-cancer-patients/\"")));
    files.put("213_0000000000000213.txt", utf8(seed.replace("  - AI\n", "  - AI\n  - AI\n")));
    files.put("not-a-seed-name.txt", utf8(seed));
    return files;
  }

  /** Writes the files into a folder. */
  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> file : files().entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue());
    }
    return dir;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
