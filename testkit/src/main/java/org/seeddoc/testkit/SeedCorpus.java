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
 * <p>Files look like the real seeds and the news feeds they come from: English headlines and
 * excerpts, one to three topics, sometimes images, zero to three related articles with their own
 * providers and images, a secured value, in the canonical layout, 1 to 6 KB each. URLs have
 * queries, fragments and ports now and then, some providers have internationalized domains (in
 * U-labels and in A-labels) or domains under a multi-label public suffix, and AMP pages come with
 * their AMP Cache URLs as the AMP Project computes them. Every file validates without an error.
 * They are named {@code NNNNNN_<16 hex>.txt}. The same count and seed give the same files, byte for
 * byte, on every machine.
 */
public final class SeedCorpus {
  private static final String[] WORDS =
      ("ai cancer research data model patients study new team predict risk fracture hospital scientists "
              + "machine learning digital twin vertebra spinal column medicine detection early quality life "
              + "university network privacy security health clinical trial results global market energy climate "
              + "battery solar grid policy report analysis growth technology software cloud platform startup")
          .split(" ");

  /**
   * Name, domain, and the AMP Cache subdomain of {@code www.} and the domain, as the AMP Project's
   * {@code createCurlsSubdomain} gives it (computed with it once, for the internationalized ones).
   */
  private static final String[][] PROVIDERS = {
    {"IET", "theiet.org", "www-theiet-org"},
    {"News Medical", "news-medical.net", "www-news--medical-net"},
    {"EurekAlert!", "eurekalert.org", "www-eurekalert-org"},
    {"Benzinga.com", "benzinga.com", "www-benzinga-com"},
    {"Reuters", "reuters.com", "www-reuters-com"},
    {"TechCrunch", "techcrunch.com", "www-techcrunch-com"},
    {"BBC", "bbc.co.uk", "www-bbc-co-uk"},
    {"Süddeutsche Zeitung", "süddeutsche.de", "xn--www-sddeutsche-de-62b"},
    {"Bücher", "xn--bcher-kva.de", "xn--www-bcher-de-hlb"},
    {"日本経済", "日本経済.jp", "xn--www--jp-fs3o55gz0zht3b"}
  };

  private static final String[] QUERIES = {
    "?utm_source=rss&utm_medium=feed", "?id=4711", "?page=2&ref=home"
  };
  private static final String[] FRAGMENTS = {"#comments", "#section-2", "#top"};
  private static final String[] PORTS = {":8443", ":443"};
  private static final String[] TOPICS = {
    "AI", "Health", "Energy", "Science", "Business", "Technology"
  };

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
    String[] provider = PROVIDERS[random.nextInt(PROVIDERS.length)];
    String webUrl = url(random, "www." + provider[1]);
    String amp = random.nextInt(3) == 0 ? ampUrl(random, provider) : null;
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
        .ampWebUrl(amp)
        .cdnAmpWebUrl(amp == null ? null : cacheUrl(amp, provider))
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
    String[] provider = PROVIDERS[random.nextInt(PROVIDERS.length)];
    String amp = ampUrl(random, provider);
    String title = sentence(random, 8, 20);
    String excerpt = sentence(random, 20, 40);
    Instant published = instant(random);
    String webUrl = "https://www." + provider[1] + "/news/" + slug(random) + extras(random);
    String cacheUrl = cacheUrl(amp, provider);
    int quality = random.nextInt(101);
    List<Image> images = images(random, provider[1]);
    // One related article in 16 also carries the optional fields real seeds leave out, so that
    // every
    // field of the format is in the corpus; chosen from its own title, not from the random stream,
    // so that every other file stays as it was.
    boolean full = Math.floorMod(title.hashCode(), 16) == 0;
    return RelatedArticle.builder()
        .title(title)
        .excerpt(excerpt)
        .publishedDateTime(published)
        .originalUrl(full ? webUrl : null)
        .webUrl(webUrl)
        .ampWebUrl(amp)
        .cdnAmpWebUrl(cacheUrl)
        .type("article")
        .provider(Provider.of(provider[0], provider[1]))
        .quality(quality)
        .heat(full ? quality : null)
        .published(full ? quality % 2 == 0 : null)
        .topics(full ? List.of(TOPICS[quality % TOPICS.length]) : null)
        .images(images)
        .build();
  }

  private static List<Image> images(SplittableRandom random, String domain) {
    return List.of(
        Image.of(
            "https://cdn." + domain + "/images/" + slug(random) + ".jpg",
            200 + random.nextInt(1800),
            200 + random.nextInt(1800),
            random.nextBoolean()));
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
    return new Secured(
        Base64.getEncoder().encodeToString(payload), Base64.getEncoder().encodeToString(nonce));
  }

  private static Instant instant(SplittableRandom random) {
    return Instant.ofEpochSecond(1_600_000_000L + random.nextLong(200_000_000L));
  }

  private static String url(SplittableRandom random, String host) {
    String port = random.nextInt(20) == 0 ? PORTS[random.nextInt(PORTS.length)] : "";
    return "https://"
        + host
        + port
        + "/content/articles/"
        + (2015 + random.nextInt(10))
        + "/"
        + slug(random)
        + "/"
        + extras(random);
  }

  /** An AMP page of the provider's, on www., now and then with a port, a query or a fragment. */
  private static String ampUrl(SplittableRandom random, String[] provider) {
    String port = random.nextInt(20) == 0 ? PORTS[random.nextInt(PORTS.length)] : "";
    return "https://www." + provider[1] + port + "/amp/news/" + slug(random) + extras(random);
  }

  /**
   * The AMP Cache URL of an https page on the provider's www. host whose path does not end in / and
   * is no image or font: the cache drops the port and keeps the path, query and fragment.
   */
  private static String cacheUrl(String ampUrl, String[] provider) {
    String host = "www." + provider[1];
    String rest = ampUrl.substring(ampUrl.indexOf('/', "https://".length()));
    return "https://" + provider[2] + ".cdn.ampproject.org/c/s/" + host + rest;
  }

  /** Nothing, mostly; else a query, a fragment or both, as feeds add them. */
  private static String extras(SplittableRandom random) {
    String query = random.nextInt(4) == 0 ? QUERIES[random.nextInt(QUERIES.length)] : "";
    String fragment = random.nextInt(6) == 0 ? FRAGMENTS[random.nextInt(FRAGMENTS.length)] : "";
    return query + fragment;
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
