package org.seeddoc.validation.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.IDNA;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.seeddoc.spi.FindingText;

/**
 * Host names in the one normal form every rule compares: UTS #46 non-transitional processing, which
 * is IDNA2008 as browsers, WHATWG URL and the AMP Cache apply it, done by ICU4J, its reference
 * implementation. {@code straße.de} is {@code xn--strae-oqa.de}, not IDNA2003's {@code strasse.de}.
 *
 * <p>A host is valid when UTS #46 finds no error in it and it is already in its normal form, as
 * A-labels ({@code xn--bcher-kva.de}) or U-labels ({@code bücher.de}), label by label; only ASCII
 * letters may differ in case, as DNS itself ignores their case. A host that needs mapping ({@code
 * ﬁnance.com}, a fullwidth dot, an upper-case {@code Ü}) or holds an invisible character (a soft
 * hyphen, a zero-width space, U+FEFF, a joiner where IDNA2008 allows none) or a bidi control is
 * invalid, with its normal form as the fix. Thread-safe: ICU's UTS #46 instances are immutable.
 */
final class Hosts {

  /** How much of a host's normal form a message shows; the fix holds all of it. */
  private static final int SHOWN = 60;

  /**
   * Hosts checked before: a document names the same few hosts in many URLs, and UTS #46 took 6% of
   * the samples of a check of 100,000 files.
   */
  private static final Memo<Name> CHECKED =
      new Memo<>(
          4096,
          host -> isLetterDigitHyphenName(host) ? letterDigitHyphenName(host) : viaUts46(host));

  private Hosts() {}

  /** Loaded on first use: a run over ASCII hosts only never loads ICU4J. */
  private static final class Uts46 {
    static final IDNA STRICT =
        IDNA.getUTS46Instance(
            IDNA.NONTRANSITIONAL_TO_ASCII
                | IDNA.NONTRANSITIONAL_TO_UNICODE
                | IDNA.CHECK_BIDI
                | IDNA.CHECK_CONTEXTJ
                | IDNA.CHECK_CONTEXTO
                | IDNA.USE_STD3_RULES);

    /**
     * The errors seeddoc does not count. Browsers accept {@code --} in a label's third and fourth
     * places (WHATWG URL sets CheckHyphens to false), real hosts have them ({@code
     * r3---sn-5hne6nsr.googlevideo.com}), and the AMP Cache encodes such hosts.
     */
    static final Set<IDNA.Error> ACCEPTED = EnumSet.of(IDNA.Error.HYPHEN_3_4);
  }

  /**
   * A host taken apart.
   *
   * @param ascii the normal form in A-labels, lower case, such as {@code xn--bcher-kva.de}
   * @param unicode the normal form in U-labels, such as {@code bücher.de}
   * @param problem why the host is invalid, completing "has a host that …", or null when valid
   * @param fix the host in its normal form, written as the host was (U-labels stay U-labels), or
   *     null
   */
  record Name(String ascii, String unicode, String problem, String fix) {}

  static Name of(String host) {
    return CHECKED.get(host);
  }

  /**
   * A name of ASCII letters, digits and inner hyphens, no {@code xn--} label and no label or name
   * over DNS's lengths: nearly every host, and one that UTS #46 maps only by lower-casing and finds
   * no error in. Checking it here keeps ICU4J from loading for a check of only such hosts, as a
   * pre-commit run over a few files is; {@code HostsTest} compares the two ways on such names.
   */
  private static boolean isLetterDigitHyphenName(String host) {
    if (host.isEmpty() || host.length() > 253) {
      return false;
    }
    int labelStart = 0;
    for (int i = 0; i <= host.length(); i++) {
      char c = i < host.length() ? host.charAt(i) : '.';
      if (c == '.') {
        int length = i - labelStart;
        if (length == 0
            || length > 63
            || host.charAt(labelStart) == '-'
            || host.charAt(i - 1) == '-'
            || host.regionMatches(true, labelStart, "xn--", 0, 4)) {
          return false;
        }
        labelStart = i + 1;
      } else if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static Name letterDigitHyphenName(String host) {
    String lower = asciiLower(host);
    String last = lower.substring(lower.lastIndexOf('.') + 1);
    String problem =
        lower.indexOf('.') < 0
            ? "must have two or more labels, such as example.org"
            : isDigits(last) ? "ends in a numeric label" : null;
    return new Name(lower, lower, problem, null);
  }

  /** The host checked by ICU4J's UTS #46. */
  static Name viaUts46(String host) {
    Processed processed = Processed.of(host);
    String ascii = processed.ascii();
    String unicode = processed.unicode();
    if (!processed.errors().isEmpty()) {
      return new Name(
          ascii, unicode, describe(processed.errors().iterator().next(), host), normalFix(host));
    }
    String[] labels = host.split("\\.", -1);
    String written = processed.writtenLike(labels);
    if (written == null || !written.equals(asciiLower(host))) {
      String fix = normalFix(host);
      return new Name(
          ascii,
          unicode,
          invisible(host) >= 0
              ? String.format("holds the invisible character U+%04X", invisible(host))
              : "is not in its normal form, which is "
                  + FindingText.quoted(String.valueOf(fix), SHOWN),
          fix);
    }
    if (labels.length < 2) {
      return new Name(ascii, unicode, "must have two or more labels, such as example.org", null);
    }
    if (isDigits(labels[labels.length - 1])) {
      return new Name(ascii, unicode, "ends in a numeric label", null);
    }
    return new Name(ascii, unicode, null, null);
  }

  /**
   * What UTS #46 makes of a name both ways, and the errors that count.
   *
   * @param ascii the name in A-labels
   * @param unicode the name in U-labels
   * @param errors the errors of either way, less those seeddoc accepts
   */
  private record Processed(String ascii, String unicode, Set<IDNA.Error> errors) {
    static Processed of(CharSequence name) {
      IDNA.Info asciiInfo = new IDNA.Info();
      String ascii = Uts46.STRICT.nameToASCII(name, new StringBuilder(), asciiInfo).toString();
      IDNA.Info unicodeInfo = new IDNA.Info();
      String unicode =
          Uts46.STRICT.nameToUnicode(name, new StringBuilder(), unicodeInfo).toString();
      Set<IDNA.Error> errors = EnumSet.noneOf(IDNA.Error.class);
      errors.addAll(asciiInfo.getErrors());
      errors.addAll(unicodeInfo.getErrors());
      errors.removeAll(Uts46.ACCEPTED);
      return new Processed(ascii, unicode, errors);
    }

    /**
     * The normal form label by label, each an A-label where the name wrote one: null when the
     * labels do not line up.
     */
    String writtenLike(String[] labels) {
      if (ascii.equals(unicode)) {
        // No label has a U-label form, so each label is written as its only form: most hosts.
        return labels.length == labelCount(ascii) ? ascii : null;
      }
      String[] asciiLabels = ascii.split("\\.", -1);
      String[] unicodeLabels = unicode.split("\\.", -1);
      if (labels.length != asciiLabels.length || labels.length != unicodeLabels.length) {
        return null;
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < labels.length; i++) {
        boolean aLabel = asciiLower(labels[i]).startsWith("xn--") || isAscii(labels[i]);
        out.add(aLabel ? asciiLabels[i] : unicodeLabels[i]);
      }
      return String.join(".", out);
    }
  }

  private static int labelCount(String name) {
    int labels = 1;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == '.') {
        labels++;
      }
    }
    return labels;
  }

  /**
   * The host with invisible characters and bidi controls removed, in its normal form; null when
   * that is still invalid.
   */
  private static String normalFix(String host) {
    StringBuilder visible = new StringBuilder();
    host.codePoints().filter(c -> !isInvisible(c)).forEach(visible::appendCodePoint);
    Processed processed = Processed.of(visible);
    if (!processed.errors().isEmpty()) {
      return null;
    }
    String written = processed.writtenLike(visible.toString().split("\\.", -1));
    return written == null ? processed.unicode() : written;
  }

  private static String describe(IDNA.Error error, String host) {
    return switch (error) {
      case EMPTY_LABEL -> "has an empty label";
      case LABEL_TOO_LONG -> "has a label longer than 63 characters";
      case DOMAIN_NAME_TOO_LONG -> "is longer than 253 characters";
      case LEADING_HYPHEN, TRAILING_HYPHEN -> "has a label that starts or ends with a hyphen";
      case LEADING_COMBINING_MARK -> "has a label that starts with a combining mark";
      case PUNYCODE, INVALID_ACE_LABEL ->
          "has an 'xn--' label that is not valid Punycode of a valid label";
      case BIDI -> "mixes right-to-left and left-to-right text against IDNA2008's bidi rule";
      case CONTEXTJ ->
          invisible(host) >= 0
              ? String.format("holds the invisible character U+%04X", invisible(host))
              : "holds a joiner where IDNA2008 allows none";
      case CONTEXTO_PUNCTUATION, CONTEXTO_DIGITS ->
          "holds a character IDNA2008 allows only next to certain others";
      case DISALLOWED, LABEL_HAS_DOT, HYPHEN_3_4 -> disallowed(host);
    };
  }

  private static String disallowed(String host) {
    int bad =
        host.codePoints().filter(c -> isInvisible(c) || !isHostCharacter(c)).findFirst().orElse(-1);
    return bad < 0
        ? "holds a character no host name may hold"
        : String.format("holds the character U+%04X, which no host name may hold", bad);
  }

  /** The first invisible character or bidi control of a host, or -1. */
  private static int invisible(String host) {
    return host.codePoints().filter(Hosts::isInvisible).findFirst().orElse(-1);
  }

  /**
   * Characters a reader cannot see: default-ignorable ones (joiners, soft hyphen, U+FEFF…) and bidi
   * controls.
   */
  static boolean isInvisible(int c) {
    return UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
        || UCharacter.hasBinaryProperty(c, UProperty.BIDI_CONTROL);
  }

  private static boolean isHostCharacter(int c) {
    return c >= 0x80
        ? Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        : (c >= 'a' && c <= 'z')
            || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9')
            || c == '-'
            || c == '.';
  }

  static String asciiLower(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, (char) (c + ('a' - 'A')));
      }
    }
    return out == null ? text : out.toString();
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
