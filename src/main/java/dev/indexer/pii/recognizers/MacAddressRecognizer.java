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

  /** Twelve hex digits without separators, read only after a MAC cue ("MAC: 001A2B3C4D5E"). */
  private static final Pattern BARE =
      Pattern.compile("(?i)(?:[ -]?address)?\\s{0,2}[:=]?\\s{0,2}([0-9A-F]{12})(?![0-9A-Za-z])");

  @Override
  public void find(String text, List<Finding> out) {
    findBare(text, out);
    if (text.indexOf(':') < 0 && text.indexOf('-') < 0 && text.indexOf('.') < 0) {
      return;
    }
    Matcher m = Scan.matcher(MAC, text);
    int n = text.length();
    for (int i = 2; i + 2 < n; i++) {
      char c = text.charAt(i);
      // A separator after two hex digits (colon, dash) or four (Cisco dots) can start a MAC.
      int start;
      if ((c == ':' || c == '-')
          && Scan.isHex(text.charAt(i - 1))
          && Scan.isHex(text.charAt(i - 2))) {
        start = i - 2;
      } else if (c == '.'
          && i >= 4
          && Scan.isHex(text.charAt(i - 1))
          && Scan.isHex(text.charAt(i - 4))) {
        start = i - 4;
      } else {
        continue;
      }
      if (!Scan.at(m, start, 20, n)) {
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
          && !Context.wordCharAt(text, i + 3)
          && Scan.at(m, i + 3, 40, text.length())
          && hasHexLetterOrIsMixed(m.group(1))) {
        out.add(new Finding(PiiType.MAC_ADDRESS, m.start(1), m.end(1)));
      }
    }
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
