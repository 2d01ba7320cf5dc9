package org.seeddoc.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.seeddoc.Image;
import org.seeddoc.Provider;
import org.seeddoc.RelatedArticle;
import org.seeddoc.Secured;
import org.seeddoc.SeedDocument;
import org.seeddoc.SeedWriter;

/**
 * Writes reproducible folders of realistic seed files, for benchmarks and for tests that need data.
 *
 * <p>Files look like the real seeds: English headlines and excerpts, one to three topics, sometimes
 * images, zero to three related articles with their own providers and images, a secured value, in the
 * canonical layout, 1 to 6 KB each. They are named {@code NNNNNN_<16 hex>.txt}. The same count and
 * seed give the same files, byte for byte, on every machine.
 */
public final class SeedCorpus {
  private static final String[] WORDS = (
      "ai cancer research data model patients study new team predict risk fracture hospital scientists "
      + "machine learning digital twin vertebra spinal column medicine detection early quality life "
      + "university network privacy security health clinical trial results global market energy climate "
      + "battery solar grid policy report analysis growth technology software cloud platform startup")
      .split(" ");
  private static final String[] PROVIDERS = {
    "IET:theiet.org", "News Medical:news-medical.net", "EurekAlert!:eurekalert.org",
    "Benzinga.com:benzinga.com", "Reuters:reuters.com", "TechCrunch:techcrunch.com"};
  private static final String[] TOPICS = {"AI", "Health", "Energy", "Science", "Business", "Technology"};

  private SeedCorpus() {}

  /**
   * Writes a corpus from the command line: {@code SeedCorpus DIR COUNT [SEED]}.
   *
   * @param args the folder, the number of files, and optionally the seed (default 42)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: SeedCorpus DIR COUNT [SEED]");
      System.exit(2);
    }
    long seed = args.length == 3 ? Long.parseLong(args[2]) : 42;
    List<Path> files = write(Path.of(args[0]), Integer.parseInt(args[1]), seed);
    System.out.println("wrote " + files.size() + " seed files to " + args[0]);
  }

  /**
   * Writes {@code count} seed files into a folder, creating it if needed.
   *
   * @param dir the folder
   * @param count how many files
   * @param seed the seed that makes the corpus reproducible
   * @return the files written, in name order
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(Path dir, int count, long seed) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom random = new SplittableRandom(seed);
    SeedWriter writer = SeedWriter.create();
    List<Path> files = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Path file = dir.resolve(String.format("%06d_%016x.txt", i, random.nextLong()));
      Files.writeString(file, writer.write(document(random)), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  /**
   * One realistic document.
   *
   * @param random the source of randomness
   * @return the document
   */
  public static SeedDocument document(SplittableRandom random) {
    String[] provider = PROVIDERS[random.nextInt(PROVIDERS.length)].split(":");
    String webUrl = url(random, "www." + provider[1]);
    List<RelatedArticle> related = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      related.add(related(random));
    }
    return SeedDocument.builder()
        .category("news")
        .title(sentence(random, 6, 14))
        .excerpt(sentence(random, 45, 80) + " ...")
        .publishedDateTime(instant(random))
        .originalUrl(webUrl)
        .webUrl(webUrl)
        .type("article")
        .quality(random.nextInt(101))
        .heat(random.nextInt(102) - 1)
        .published(random.nextBoolean())
        .provider(Provider.of(provider[0], provider[1]))
        .topics(topics(random))
        .images(random.nextInt(3) == 0 ? images(random, provider[1]) : null)
        .related(related.isEmpty() && random.nextBoolean() ? null : related)
        .secured(secured(random))
        .body("\n")
        .build();
  }

  private static RelatedArticle related(SplittableRandom random) {
    String[] provider = PROVIDERS[random.nextInt(PROVIDERS.length)].split(":");
    String host = "www." + provider[1];
    String path = "/news/" + slug(random);
    String amp = "https://" + host + "/amp" + path;
    return RelatedArticle.builder()
        .title(sentence(random, 8, 20))
        .excerpt(sentence(random, 20, 40))
        .publishedDateTime(instant(random))
        .webUrl("https://" + host + path)
        .ampWebUrl(amp)
        .cdnAmpWebUrl(ValidDocuments.ampCacheUrl(amp))
        .type("article")
        .provider(Provider.of(provider[0], provider[1]))
        .quality(random.nextInt(101))
        .images(images(random, provider[1]))
        .build();
  }

  private static List<Image> images(SplittableRandom random, String domain) {
    return List.of(Image.of("https://cdn." + domain + "/images/" + slug(random) + ".jpg",
        200 + random.nextInt(1800), 200 + random.nextInt(1800), random.nextBoolean()));
  }

  private static List<String> topics(SplittableRandom random) {
    List<String> topics = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      String topic = TOPICS[random.nextInt(TOPICS.length)];
      if (!topics.contains(topic)) {
        topics.add(topic);
      }
    }
    return topics;
  }

  private static Secured secured(SplittableRandom random) {
    byte[] payload = new byte[16 * (8 + random.nextInt(12))];
    byte[] nonce = new byte[16];
    for (int i = 0; i < payload.length; i++) {
      payload[i] = (byte) random.nextInt(256);
    }
    for (int i = 0; i < nonce.length; i++) {
      nonce[i] = (byte) random.nextInt(256);
    }
    return new Secured(Base64.getEncoder().encodeToString(payload), Base64.getEncoder().encodeToString(nonce));
  }

  private static Instant instant(SplittableRandom random) {
    return Instant.ofEpochSecond(1_600_000_000L + random.nextLong(200_000_000L));
  }

  private static String url(SplittableRandom random, String host) {
    return "https://" + host + "/content/articles/" + (2015 + random.nextInt(10)) + "/" + slug(random) + "/";
  }

  private static String slug(SplittableRandom random) {
    return sentence(random, 3, 9).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }

  private static String sentence(SplittableRandom random, int minWords, int maxWords) {
    int words = minWords + random.nextInt(maxWords - minWords + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      out.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
    }
    return out.toString();
  }
}
