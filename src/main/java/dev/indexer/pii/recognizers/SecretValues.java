package dev.indexer.pii.recognizers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the secret rules ask of a value: whether it is a placeholder ("changeme", "${DB_PASSWORD}",
 * "<your token>"), code (identifier chains, paths, URLs) or shaped like a chosen password.
 */
final class SecretValues {

  private static final Set<String> PLACEHOLDERS =
      Set.of(
          "string",
          "str",
          "int",
          "integer",
          "bool",
          "boolean",
          "text",
          "varchar",
          "char",
          "bytes",
          "null",
          "none",
          "nil",
          "true",
          "false",
          "undefined",
          "required",
          "optional",
          "yes",
          "empty",
          "hidden",
          "masked",
          "redacted",
          "value",
          "example",
          "placeholder",
          "todo",
          "tbd",
          "n/a",
          "incorrect",
          "invalid",
          "wrong",
          "expired",
          "correct",
          "reset",
          "changed",
          "missing",
          "needed",
          "the",
          "your",
          "this",
          "that",
          "not",
          "also",
          "still",
          "stored",
          "used",
          "set",
          "sent",
          "same",
          "ok",
          "secret",
          "password",
          "token",
          "length",
          "field",
          "type",
          "object",
          "array",
          "number",
          "update",
          "updated",
          "rotated",
          "revoked",
          "valid",
          "protected",
          "encrypted",
          "hashed",
          "configured",
          "environment",
          "env",
          "default",
          "description",
          "format",
          "pattern",
          "minlength",
          "maxlength",
          "weak",
          "strong",
          "too",
          "must",
          "should",
          "will",
          "can",
          "only",
          "und",
          "ist",
          "est",
          "abgelaufen",
          "falsch",
          "incorrecto",
          "caducado",
          "oublié",
          "vergessen",
          "olvidada",
          "generated",
          "refresh",
          "bearer",
          "basic",
          "header",
          "manager",
          "policy",
          "policies",
          "rotation",
          "expiry",
          "expires",
          "leaked",
          "compromised",
          "exposed",
          "file",
          "store",
          "vault",
          "reference",
          "ref",
          "name",
          "key",
          "keys",
          "id",
          "ids",
          "holder",
          "prompt",
          "dialog",
          "request",
          "requests",
          "auth",
          "section");

  static final String SPECIALS = "!@#$%^&*?~+§€£";

  /** Dotted identifiers and calls: "self._CRAM_MD5_AUTH", "user.getPassword2". */
  private static final Pattern IDENTIFIER_CHAIN =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)+");

  private SecretValues() {}

  static boolean strongPassword(String text, int s, int e, String lower) {
    int len = e - s;
    if (len < 8 || len > 64 || (e < text.length() && text.charAt(e) == '(')) {
      return false;
    }
    boolean upper = false;
    boolean lowerCase = false;
    boolean digit = false;
    boolean special = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      upper |= Character.isUpperCase(c);
      lowerCase |= Character.isLowerCase(c);
      digit |= Character.isDigit(c);
      special |= SPECIALS.indexOf(c) >= 0;
    }
    if (!digit || !(upper && lowerCase || (upper || lowerCase) && special)) {
      return false;
    }
    String v = lower.substring(s, e);
    if (v.startsWith("_")
        || v.indexOf('\\') >= 0
        || v.contains("%s")
        || v.contains("%d")
        || v.indexOf('{') >= 0
        || v.indexOf('}') >= 0
        || v.indexOf('=') >= 0
        || IDENTIFIER_CHAIN.matcher(text.substring(s, e)).matches()) {
      return false; // escapes, format strings, templates, assignments and identifiers: code
    }
    if (v.contains("://")
        || v.indexOf('@') > 0 && v.indexOf('.', v.indexOf('@')) > 0
        || v.startsWith("$")
        || v.startsWith("%")
        || v.contains("pass")
        || v.contains("token")
        || v.contains("secret")) {
      return false; // a URL, an e-mail address, a variable, or the setting's own name
    }
    return !placeholder(v);
  }

  static boolean looksLikeIdentifierPath(String v) {
    if (IDENTIFIER_CHAIN.matcher(v).matches() && !v.matches(".*[0-9].*\\..*[0-9].*")) {
      return true; // "obj.__signature__", "settings.db.password"
    }
    String l = v.toLowerCase(Locale.ROOT);
    return l.startsWith("this.")
        || l.startsWith("self.")
        || l.startsWith("config.")
        || l.startsWith("env.")
        || l.startsWith("process.")
        || l.startsWith("os.")
        || l.startsWith("settings.")
        || l.startsWith("props.")
        || l.startsWith("http://")
        || l.startsWith("https://")
        || l.startsWith("/");
  }

  static boolean placeholder(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (PLACEHOLDERS.contains(v)
        || v.startsWith("${")
        || v.startsWith("{")
        || v.startsWith("$")
        || v.startsWith("%")
        || v.startsWith("<")
        || v.startsWith("*")
        || v.startsWith("your")
        || v.startsWith("xxx")
        || v.startsWith("…")
        || v.startsWith("...")
        || v.startsWith("changeme")
        || v.startsWith("change-me")
        || v.startsWith("replace")
        || v.startsWith("dummy")
        || v.startsWith("example")
        || v.startsWith("sample")
        || v.startsWith("env(")
        || v.startsWith("secretref")
        || v.startsWith("arn:aws")
        || v.startsWith("vault:")
        || v.startsWith("!vault")) {
      return true;
    }
    char c0 = v.charAt(0);
    boolean same = true;
    for (int i = 1; i < v.length(); i++) {
      if (v.charAt(i) != c0) {
        same = false;
        break;
      }
    }
    return same;
  }
}
