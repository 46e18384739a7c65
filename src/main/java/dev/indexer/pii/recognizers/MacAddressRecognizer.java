package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MAC addresses: six hex pairs joined by one consistent separator (':' or '-'), or the Cisco dotted
 * form of three groups of four. The separator back-reference keeps times and dates out.
 */
public final class MacAddressRecognizer implements Recognizer {

  private static final Pattern MAC =
      Pattern.compile(
          "(?<![0-9A-Za-z:.-])(?:[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}"
              + "|[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4})(?![0-9A-Za-z]|[:.-][0-9A-Fa-f])");

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.MAC_ADDRESS);
  }

  /**
   * Twelve hex digits without separators, read only after a MAC cue ("MAC: 001A2B3C4D5E",
   * "mac_address": "001a2b3c4d5e", "MAC-Adresse: ...").
   */
  private static final Pattern BARE =
      Pattern.compile(
          "(?i)(?:[ _-]?(?:address|addr|adresse|adres|adresa|osoite|地址|アドレス|주소))?[\"']?"
              + "\\s{0,2}[:=]?\\s{0,2}[\"']?([0-9A-F]{12})(?![0-9A-Za-z])");

  /**
   * Six groups of one or two hex digits, as BSD's arp prints them without leading zeros
   * ("0:1b:63:84:5:e6", "a4:5e:60:e8:2:1f"); read where {@link #MAC}, the padded form, does not
   * match.
   */
  private static final Pattern UNPADDED =
      Pattern.compile(
          "(?<![0-9A-Za-z:.-])[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2}){5}(?![0-9A-Za-z]|[:.-][0-9A-Fa-f])");

  /**
   * The MAC field of a netfilter log line: the destination's address, the source's, then the frame
   * type ("MAC=52:54:00:9a:3b:71:3c:22:fb:9a:10:4e:08:00").
   */
  private static final Pattern NETFILTER =
      Pattern.compile(
          "MAC=((?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}):((?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2})"
              + "(?::[0-9A-Fa-f]{2}){2}(?![0-9A-Za-z:])");

  @Override
  public void find(String text, List<Finding> out) {
    findBare(text, out);
    if (text.indexOf(':') < 0 && text.indexOf('-') < 0 && text.indexOf('.') < 0) {
      return;
    }
    findNetfilter(text, out);
    Matcher m = Scan.matcher(MAC, text);
    Matcher unpadded = null;
    int n = text.length();
    CharPositions separators = new CharPositions(text, ':', '-', '.');
    for (int i = separators.from(1); i >= 0 && i + 2 < n; i = separators.from(i + 1)) {
      char c = text.charAt(i);
      // A separator after two hex digits (colon, dash) or four (Cisco dots) can start a MAC.
      int start;
      if ((c == ':' || c == '-')
          && i >= 2
          && Scan.isHex(text.charAt(i - 1))
          && Scan.isHex(text.charAt(i - 2))) {
        start = i - 2;
      } else if (c == '.'
          && i >= 4
          && Scan.isHex(text.charAt(i - 1))
          && Scan.isHex(text.charAt(i - 4))) {
        start = i - 4;
      } else {
        if (c == ':'
            && Scan.isHex(text.charAt(i - 1))
            && (i < 2 || !Scan.isHex(text.charAt(i - 2)))
            && (text.charAt(i + 2) == ':' || charAt(text, i + 3) == ':')) {
          unpadded = unpadded != null ? unpadded : Scan.matcher(UNPADDED, text);
          i = Math.max(i, unpaddedAt(unpadded, i - 1, n, out));
        }
        continue;
      }
      if (!Scan.at(m, start, 20, n)) {
        if (c == ':') {
          // "a4:5e:60:e8:2:1f": a group without its leading zero after padded ones
          unpadded = unpadded != null ? unpadded : Scan.matcher(UNPADDED, text);
          i = Math.max(i, unpaddedAt(unpadded, start, n, out));
        }
        continue;
      }
      i = m.end();
      String s = m.group();
      if (m.group(1) == null && !hasHexLetterOrIsMixed(s)) {
        continue; // 1234.5678.9012 is more likely a number than a Cisco MAC
      }
      if (broadcast(s) || zero(s)) {
        continue; // ff:ff:ff:ff:ff:ff addresses every device on a link, 00:...:00 none
      }
      out.add(new Finding(PiiType.MAC_ADDRESS, m.start(), m.end()));
    }
  }

  /**
   * Whether six unpadded groups are an address: three groups of two digits at least and a hex
   * letter, so a count of phases ("0:0:1:2:3:4") or a version is none.
   */
  private static boolean unpaddedAddress(String s) {
    int pairs = 0;
    for (String group : s.split(":")) {
      pairs += group.length() == 2 ? 1 : 0;
    }
    return pairs >= 3 && pairs < 6 && hasHexLetterOrIsMixed(s) && !zero(s) && !broadcast(s);
  }

  /** Reports the unpadded address at {@code start}, if one, and returns its end; else -1. */
  private static int unpaddedAt(Matcher unpadded, int start, int n, List<Finding> out) {
    if (Scan.at(unpadded, start, 18, n) && unpaddedAddress(unpadded.group())) {
      out.add(new Finding(PiiType.MAC_ADDRESS, unpadded.start(), unpadded.end()));
      return unpadded.end();
    }
    return -1;
  }

  private static void findNetfilter(String text, List<Finding> out) {
    int i = text.indexOf("MAC=");
    if (i < 0) {
      return;
    }
    Matcher m = Scan.matcher(NETFILTER, text);
    for (; i >= 0; i = text.indexOf("MAC=", i + 4)) {
      if (Scan.at(m, i, 50, text.length())) {
        for (int g = 1; g <= 2; g++) {
          if (!broadcast(m.group(g)) && !zero(m.group(g))) {
            out.add(new Finding(PiiType.MAC_ADDRESS, m.start(g), m.end(g)));
          }
        }
      }
    }
  }

  private static boolean zero(String mac) {
    for (int i = 0; i < mac.length(); i++) {
      char c = mac.charAt(i);
      if (Scan.isHex(c) && c != '0') {
        return false;
      }
    }
    return true;
  }

  private static boolean broadcast(String mac) {
    for (int i = 0; i < mac.length(); i++) {
      char c = mac.charAt(i);
      if (Scan.isHex(c) && c != 'f' && c != 'F') {
        return false;
      }
    }
    return true;
  }

  private static void findBare(String text, List<Finding> out) {
    String lower = Scan.lower(text);
    Matcher m = Scan.matcher(BARE, text);
    for (int i = lower.indexOf("mac"); i >= 0; i = lower.indexOf("mac", i + 1)) {
      if (Scan.wordStart(text, i)
          && !Scan.isLetterOrDigit(charAt(text, i + 3))
          && Scan.at(m, i + 3, 40, text.length())
          && hasHexLetterOrIsMixed(m.group(1))) {
        out.add(new Finding(PiiType.MAC_ADDRESS, m.start(1), m.end(1)));
      }
    }
  }

  private static char charAt(String text, int i) {
    return i < text.length() ? text.charAt(i) : ' ';
  }

  private static boolean hasHexLetterOrIsMixed(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
