package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets whose place or shape says what they are, each found from a fixed string that a text
 * without it lacks: a Telegram bot's token ("6120488315:AAHk..."), a Teams webhook's URL, a
 * password handed to PowerShell's ConvertTo-SecureString, a router's SNMP community other than the
 * public defaults, the "auth" of a Docker config when it decodes to a user and a password, and the
 * keys and salts of a WordPress config.
 */
final class SecretShapes {

  private static final Pattern TELEGRAM =
      Pattern.compile("(?<![0-9A-Za-z])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])");

  private static final Pattern TEAMS_WEBHOOK =
      Pattern.compile(
          "https://[a-z0-9-]{1,63}\\.webhook\\.office\\.com/webhookb2/[A-Za-z0-9@/_-]{40,400}");

  private static final Pattern SECURE_STRING =
      Pattern.compile(
          "(?i)ConvertTo-SecureString\\s+(?:-String\\s+)?([\"'])([^\"'\\n]{4,128})\\1\\s+-AsPlainText");

  private static final Pattern COMMUNITY =
      Pattern.compile("(?im)snmp-server community (\\S{4,64})(?= (?:RO|RW)\\b| view |[ \\t\\r]*$)");

  private static final Pattern DOCKER_AUTH =
      Pattern.compile("\"auth\"\\s*:\\s*\"([A-Za-z0-9+/]{12,512}={0,2})\"");

  private static final Pattern WORDPRESS =
      Pattern.compile(
          "define\\(\\s*'(?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)'\\s*,\\s*'([^'\\n]{16,128})'\\s*\\)");

  private SecretShapes() {}

  static void find(String text, List<Finding> out) {
    if (text.contains(":AA")) {
      all(TELEGRAM, text, 0, out);
    }
    if (text.contains(".webhook.office.com/")) {
      all(TEAMS_WEBHOOK, text, 0, out);
    }
    if (text.contains("ConvertTo-SecureString")) {
      all(SECURE_STRING, text, 2, out);
    }
    if (text.contains("snmp-server community")) {
      Matcher m = COMMUNITY.matcher(text);
      while (m.find()) {
        String community = m.group(1);
        if (!community.equalsIgnoreCase("public") && !community.equalsIgnoreCase("private")) {
          out.add(new Finding(PiiType.API_KEY_OR_SECRET, m.start(1), m.end(1), 0.9));
        }
      }
    }
    if (text.contains("\"auth\"")) {
      Matcher m = DOCKER_AUTH.matcher(text);
      while (m.find()) {
        if (userAndPassword(m.group(1))) {
          out.add(new Finding(PiiType.API_KEY_OR_SECRET, m.start(1), m.end(1), 0.9));
        }
      }
    }
    if (text.contains("define(")) {
      Matcher m = WORDPRESS.matcher(text);
      while (m.find()) {
        if (m.group(1).indexOf(' ') < 0) { // not "put your unique phrase here"
          out.add(new Finding(PiiType.API_KEY_OR_SECRET, m.start(1), m.end(1), 0.9));
        }
      }
    }
  }

  private static void all(Pattern p, String text, int group, List<Finding> out) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (!SecretValues.placeholder(m.group(group))) {
        out.add(new Finding(PiiType.API_KEY_OR_SECRET, m.start(group), m.end(group), 0.95));
      }
    }
  }

  /** Whether base64 decodes to printable "user:password". */
  private static boolean userAndPassword(String value) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String s = new String(bytes, StandardCharsets.UTF_8);
    int colon = s.indexOf(':');
    if (colon < 1 || colon == s.length() - 1) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x21 || c == 0x7F || c == '\uFFFD') {
        return false;
      }
    }
    return true;
  }
}
