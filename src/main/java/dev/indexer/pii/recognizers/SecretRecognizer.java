package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.List;
import java.util.Set;

/**
 * API keys and secrets: vendor tokens with a fixed shape (AWS, GitHub, GitLab, Slack, Stripe,
 * Google, npm, SendGrid, OpenAI/Anthropic, JWTs), PEM and OpenSSH private key blocks, the values of
 * Authorization / API-key headers, and the values of password, secret and token settings in config
 * lines, command lines and prose. Values without a vendor shape pass an entropy gate, so git SHAs,
 * UUIDs and digests are only reported where the text says they are a secret.
 *
 * <p>Each kind of evidence has its own class: {@code SecretTokens} (token and key formats), {@code
 * SecretHeaders} (header values), {@code SecretSettings} (a setting or password word and its
 * value), {@code CommandLineSecrets} (passwords in command lines) and {@code PasswordsNearWords} (a
 * password-shaped token after a password word); {@code SecretValues} tells values from placeholders
 * and code. The short-flag and near-word rules, the loosest, run last and skip what an earlier rule
 * reported.
 */
public final class SecretRecognizer implements Recognizer {

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.API_KEY_OR_SECRET);
  }

  @Override
  public void find(String text, List<Finding> out) {
    SecretTokens.findPrivateKeyBlocks(text, out);
    String lower = Scan.lower(text);
    SecretTokens.findVendorTokens(text, lower, out);
    SecretHeaders.findHeaders(text, lower, out);
    PasswordsNearWords.IntList topics = new PasswordsNearWords.IntList();
    SecretSettings.findAssignments(text, lower, out, topics);
    SecretFiles.find(text, out);
    SecretShapes.find(text, out);
    AccessCodes.find(text, lower, out);
    CommandLineSecrets.findCommandLines(text, lower, out);
    CommandLineSecrets.findShortFlagPasswords(text, out);
    PasswordsNearWords.findNearPasswordWords(text, lower, out, topics);
    out.removeIf(
        f ->
            f.type() == PiiType.API_KEY_OR_SECRET
                && (placeholder(text, f.start(), f.end())
                    || shellMessage(text, f.start())
                    || CMDLET.matcher(text.substring(f.start(), f.end())).matches()
                    || documented(text.substring(f.start(), f.end()))));
  }

  /**
   * A PowerShell command, which a value read after "$pw =" may be ("$pw = ConvertTo-SecureString
   * ..."): one of PowerShell's verbs, a dash and a noun.
   */
  private static final java.util.regex.Pattern CMDLET =
      java.util.regex.Pattern.compile(
          "(?:Get|Set|New|Read|Add|Remove|Invoke|Import|Export|Start|Stop|Convert|ConvertTo|ConvertFrom|Out|Write|Select|Test|Copy|Move)-[A-Z][A-Za-z]{2,40}");

  /**
   * The keys that vendors print in their documentation ("AKIAIOSFODNN7EXAMPLE" and its secret,
   * Stripe's "sk_test_4eC39HqLyjWDarjtT1zdp7dc"): copied into examples, they open nothing.
   */
  private static final Set<String> DOCUMENTED =
      Set.of(
          "AKIAIOSFODNN7EXAMPLE",
          "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          "sk_test_4eC39HqLyjWDarjtT1zdp7dc");

  static boolean documented(String value) {
    return DOCUMENTED.contains(value);
  }

  /**
   * Whether the value is the message of a shell's "${NAME:?message}" (or a default after ":-"): a
   * variable's name, a colon and a question mark or dash stand right before it, after "${".
   */
  static boolean shellMessage(String text, int start) {
    int colon = start - 1;
    if (colon >= 0 && (text.charAt(colon) == '?' || text.charAt(colon) == '-')) {
      colon--;
    } else if (text.charAt(start) != '?') {
      return false;
    }
    if (colon < 2 || text.charAt(colon) != ':') {
      return false;
    }
    int b = colon;
    while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '_')) {
      b--;
    }
    return b < colon && b >= 2 && text.charAt(b - 1) == '{' && text.charAt(b - 2) == '$';
  }

  /**
   * "xxxxxxxx", "sk_test_xxxxxxxxxxxx", "XXXX-XXXX": a value whose letters and digits are mostly a
   * filler character is a placeholder in documentation, not a secret.
   */
  static boolean placeholder(String text, int start, int end) {
    int filler = 0;
    int alnum = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        alnum++;
        if (c == 'x' || c == 'X') {
          filler++;
        }
      } else if (c == '*') {
        filler++;
        alnum++;
      }
    }
    return filler >= 6 && filler * 10 >= alnum * 7;
  }
}
