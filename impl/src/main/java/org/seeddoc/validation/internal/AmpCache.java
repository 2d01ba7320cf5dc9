package org.seeddoc.validation.internal;

import com.ibm.icu.text.IDNA;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.util.encoders.Base32;

/**
 * The Google AMP Cache URL of an AMP page, computed as the AMP Project's own library computes it
 * ({@code @ampproject/toolbox-cache-url} 2.10.1, {@code createCacheUrl("cdn.ampproject.org",
 * url)}): the host turned into one DNS label, then {@code /c/}, {@code /i/} for an image or {@code
 * /r/} for a font (plus {@code s/} for https), and the page's host, path, query and fragment as
 * written, without its port. {@code AmpCacheReferenceTest} compares this with that library's output
 * for 2,500 URLs.
 */
final class AmpCache {
  private static final String CACHE_DOMAIN = ".cdn.ampproject.org";
  private static final int MAX_LABEL = 63;

  /** The reference's test for a name with both directions, character ranges as it writes them. */
  private static final String LTR_RANGES =
      "AZaz\u00C0\u00D6\u00D8\u00F6\u00F8\u02B8\u0300\u0590\u0800\u1FFF\u200E\u200E"
          + "\u2C00\uFB1C\uFE00\uFE6F\uFEFD\uFFFF";

  private static final String RTL_RANGES =
      "\u0591\u06EF\u06FA\u07FF\u200F\u200F\uFB1D\uFDFF\uFE70\uFEFC";

  /**
   * The file extensions the reference serves from {@code /i/} and {@code /r/}, from its own lists.
   */
  private static final Set<String> IMAGE_EXTENSIONS =
      Set.copyOf(
          List.of(
              "ase", "art", "bmp", "blp", "cd5", "cit", "cpt", "cr2", "cut", "dds", "dib", "djvu",
              "egt", "exif", "gif", "gpl", "grf", "icns", "ico", "iff", "jng", "jpeg", "jpg",
              "jfif", "jp2", "jps", "lbm", "max", "miff", "mng", "msp", "nitf", "ota", "pbm", "pc1",
              "pc2", "pc3", "pcf", "pcx", "pdn", "pgm", "PI1", "PI2", "PI3", "pict", "pct", "pnm",
              "pns", "ppm", "psb", "psd", "pdd", "psp", "px", "pxm", "pxr", "qfx", "raw", "rle",
              "sct", "sgi", "rgb", "int", "bw", "tga", "tiff", "tif", "vtf", "xbm", "xcf", "xpm",
              "3dv", "amf", "ai", "awg", "cgm", "cdr", "cmx", "dxf", "e2d", "egt", "eps", "fs",
              "gbr", "odg", "svg", "stl", "vrml", "x3d", "sxd", "v2d", "vnd", "wmf", "emf", "art",
              "xar", "png", "webp", "jxr", "hdp", "wdp", "cur", "ecw", "iff", "lbm", "liff", "nrrd",
              "pam", "pcx", "pgf", "sgi", "rgb", "rgba", "bw", "int", "inta", "sid", "ras", "sun",
              "tga"));

  private static final Set<String> FONT_EXTENSIONS =
      Set.copyOf(
          List.of(
              "###",
              "#gf",
              "$on",
              "$tf",
              "0b",
              "8m",
              "8u",
              "12u",
              "15u",
              "64c",
              "075",
              "75",
              "085",
              "85",
              "91",
              "091",
              "096",
              "96",
              "abf",
              "acfm",
              "acs",
              "afm",
              "afn",
              "afs",
              "all",
              "amfm",
              "apf",
              "asf",
              "aspf",
              "atm",
              "auf",
              "b30",
              "bco",
              "bdf",
              "bepf",
              "bez",
              "bfn",
              "bmap",
              "bmf",
              "bx",
              "bzr",
              "cbtf",
              "cct",
              "cef",
              "cff",
              "cfn",
              "cga",
              "ch4",
              "cha",
              "chm",
              "chr",
              "chx",
              "claf",
              "collection",
              "compositefont",
              "dfont",
              "dus",
              "dzk",
              "eft",
              "eot",
              "etx",
              "euf",
              "f00",
              "f06",
              "f08",
              "f09",
              "f3f",
              "f10",
              "f11",
              "f12",
              "f13",
              "f16",
              "fd",
              "fdb",
              "ff",
              "ffil",
              "flf",
              "fli",
              "fn3",
              "fnb",
              "fnn",
              "fnt",
              "fnta",
              "fo1",
              "fo2",
              "fog",
              "fon",
              "font",
              "fonts",
              "fot",
              "frf",
              "frs",
              "ftm",
              "fxr",
              "fyi",
              "gdr",
              "gf",
              "gft",
              "glf",
              "glif",
              "glyphs",
              "gsf",
              "gxf",
              "hbf",
              "ice",
              "intellifont",
              "lepf",
              "lft",
              "lwfn",
              "mcf",
              "mcf",
              "mfd",
              "mfm",
              "mft",
              "mgf",
              "mmm",
              "mrf",
              "mtf",
              "mvec",
              "nlq",
              "ntf",
              "odttf",
              "ofm",
              "okf",
              "otf",
              "pcf",
              "pcf",
              "pfa",
              "pfb",
              "pfm",
              "pft",
              "phf",
              "pk",
              "pkt",
              "prs",
              "pss",
              "qbf",
              "qfn",
              "r8?",
              "scr",
              "sfd",
              "sff",
              "sfi",
              "sfl",
              "sfn",
              "sfo",
              "sfp",
              "sfs",
              "sif",
              "snf",
              "spd",
              "spritefont",
              "sui",
              "suit",
              "svg",
              "sxs",
              "t1c",
              "t2",
              "tb1",
              "tb2",
              "tdf",
              "tfm",
              "tmf",
              "tpf",
              "ttc",
              "tte",
              "ttf",
              "type",
              "ufm",
              "ufo",
              "usl",
              "usp",
              "us?",
              "vf",
              "vf1",
              "vf3",
              "vfb",
              "vfm",
              "vfont",
              "vlw",
              "vmf",
              "vnf",
              "w30",
              "wfn",
              "wnf",
              "woff",
              "woff2",
              "xfc",
              "xfn",
              "xfr",
              "xft",
              "zfi",
              "zsu",
              "_v"));

  /**
   * The subdomains of hosts seen before: a corpus names a few hundred AMP hosts, again and again.
   */
  private static final Memo<String> SUBDOMAINS = new Memo<>(4096, AmpCache::encodedSubdomain);

  private AmpCache() {}

  /** Decodes and encodes Punycode only, the host being in its normal form; loaded on first use. */
  private static final class Punycode {
    private Punycode() {}

    /** Loaded only when a name needs it. */
    private static final class Lenient {
      static final IDNA IDNA_LENIENT =
          IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE);
    }

    /** The U-labels of a name: for a lower-case ASCII name with no {@code xn--} label, the name. */
    static String toUnicode(String name) {
      return isPlain(name)
          ? name
          : Lenient.IDNA_LENIENT
              .nameToUnicode(name, new StringBuilder(), new IDNA.Info())
              .toString();
    }

    /** The A-label of one label: for a lower-case ASCII label, the label. */
    static String toAscii(String label) {
      return isPlain(label)
          ? label
          : Lenient.IDNA_LENIENT
              .labelToASCII(label, new StringBuilder(), new IDNA.Info())
              .toString();
    }

    private static boolean isPlain(String name) {
      return Hosts.isAscii(name) && !name.contains("xn--");
    }
  }

  /** The cache URL of a valid AMP page URL. */
  static String url(WebUrl page) {
    String hostname = Hosts.asciiLower(page.host());
    String rest = page.rest();
    int hash = rest.indexOf('#');
    String beforeHash = hash < 0 ? rest : rest.substring(0, hash);
    int question = beforeHash.indexOf('?');
    String pathname =
        (question < 0 ? beforeHash : beforeHash.substring(0, question)).replace('\\', '/');
    String queryAndFragment = rest.substring(pathname.length());
    String resource = resource(pathname) + (page.scheme().equals("https") ? "/s/" : "/");
    // The reference drops the path's last slash unless the whole URL ends in one.
    if (!page.text().endsWith("/") && pathname.endsWith("/")) {
      pathname = pathname.substring(0, pathname.length() - 1);
    }
    return "https://"
        + subdomain(hostname)
        + CACHE_DOMAIN
        + resource
        + hostname
        + pathname
        + queryAndFragment;
  }

  private static String resource(String pathname) {
    String extension = pathname.substring(pathname.lastIndexOf('.') + 1);
    if (pathname.lastIndexOf('.') >= 0 && IMAGE_EXTENSIONS.contains(extension)) {
      return "/i";
    }
    return pathname.lastIndexOf('.') >= 0 && FONT_EXTENSIONS.contains(extension) ? "/r" : "/c";
  }

  /**
   * The cache subdomain of a host as written, in lower case: its U-labels with each {@code -}
   * doubled and each {@code .} turned into {@code -}, Punycode-encoded, and wrapped in {@code
   * 0-…-0} when its 3rd and 4th characters are {@code --}; when the host has {@code --} there
   * itself, is longer than 63 characters, has no dot, mixes both directions of text, or its label
   * would be over 63 characters, the SHA-256 of the host in lowercase base32.
   */
  static String subdomain(String hostname) {
    return SUBDOMAINS.get(hostname);
  }

  private static String encodedSubdomain(String hostname) {
    if (hasHyphens34(hostname)) {
      return hashed(hostname);
    }
    String unicode = Punycode.toUnicode(hostname);
    if (hostname.length() > MAX_LABEL
        || hostname.indexOf('.') < 0
        || (has(unicode, LTR_RANGES) && has(unicode, RTL_RANGES))) {
      return hashed(hostname);
    }
    String joined = unicode.replace("-", "--").replace(".", "-");
    String encoded = Punycode.toAscii(joined).toLowerCase(Locale.ROOT);
    if (encoded.length() > MAX_LABEL) {
      return hashed(hostname);
    }
    return hasHyphens34(encoded) ? "0-" + encoded + "-0" : encoded;
  }

  /** {@code --} in the 3rd and 4th places of a name that is not an {@code xn--} label. */
  private static boolean hasHyphens34(String name) {
    return name.length() >= 4 && name.startsWith("--", 2) && !name.startsWith("xn");
  }

  /**
   * Whether any UTF-16 unit of a text is in one of the ranges, given as pairs of first and last.
   */
  private static boolean has(String text, String ranges) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      for (int r = 0; r < ranges.length(); r += 2) {
        if (c >= ranges.charAt(r) && c <= ranges.charAt(r + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String hashed(String hostname) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(hostname.getBytes(StandardCharsets.UTF_8));
      return Base32.toBase32String(digest).replace("=", "").toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
