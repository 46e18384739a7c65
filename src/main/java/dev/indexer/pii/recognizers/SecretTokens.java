package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets recognised by their format alone: vendor tokens with a fixed prefix and shape, PEM and
 * OpenSSH private key blocks, and AWS secret access keys (40 random base64 characters) near an AWS
 * cue.
 */
final class SecretTokens {

  /** Vendor token shapes; applied only inside long runs of token characters. */
  private static final Pattern VENDOR =
      Pattern.compile(
          "(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])"
              + "|gh[pousr]_[A-Za-z0-9]{36,251}"
              + "|github_pat_[A-Za-z0-9_]{22,255}"
              + "|glpat-[A-Za-z0-9_-]{20,64}"
              + "|xox[abposre]-[A-Za-z0-9-]{10,250}"
              + "|xapp-[0-9]-[A-Za-z0-9-]{10,250}"
              + "|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}"
              + "|whsec_[A-Za-z0-9+/=]{24,128}"
              + "|AIza[0-9A-Za-z_-]{35}"
              + "|ya29\\.[0-9A-Za-z_-]{20,2048}"
              + "|GOCSPX-[0-9A-Za-z_-]{20,64}"
              + "|npm_[A-Za-z0-9]{36}"
              + "|SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}"
              + "|sk-(?:proj-|ant-[a-z0-9]{2,8}-)?[A-Za-z0-9_-]{32,256}"
              + "|eyJ[A-Za-z0-9_-]{8,4096}\\.eyJ[A-Za-z0-9_-]{8,8192}\\.[A-Za-z0-9_-]{0,4096}"
              + "|hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]{20,256}"
              + "|discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,100}"
              + "|dckr_pat_[A-Za-z0-9_-]{20,64}"
              + "|hf_[A-Za-z0-9]{30,40}(?![A-Za-z0-9])"
              + "|pypi-AgE[A-Za-z0-9_-]{50,512}"
              + "|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"
              + "|glc_[A-Za-z0-9+/]{32,400}={0,2}"
              + "|hvs\\.[A-Za-z0-9_-]{24,256}"
              + "|do[opr]_v1_[a-f0-9]{64}"
              + "|lin_api_[A-Za-z0-9]{40}"
              + "|sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43}"
              + "|AGE-SECRET-KEY-1[0-9A-Z]{58}"
              + "|SK[0-9a-f]{32}(?![0-9A-Za-z])"
              // account ids that come with their secrets: Twilio's SID, Alibaba Cloud's AccessKey
              // ID
              + "|AC[0-9a-f]{32}(?![0-9A-Za-z])"
              + "|LTAI[A-Za-z0-9]{12,30}(?![0-9A-Za-z])");

  private static final String[] AWS_CUES = {
    "aws", "secret_access", "secretaccess", "secret access"
  };

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private SecretTokens() {}

  /** Whether a string starts like a vendor token (used for tokens in URL userinfo). */
  static boolean knownTokenPrefix(String s) {
    Matcher m = VENDOR.matcher(s);
    return m.lookingAt();
  }

  static void findPrivateKeyBlocks(String text, List<Finding> out) {
    int i = text.indexOf("-----BEGIN ");
    while (i >= 0) {
      int headerEnd = text.indexOf("-----", i + 11);
      if (headerEnd < 0 || headerEnd - i > 80) {
        i = text.indexOf("-----BEGIN ", i + 11);
        continue;
      }
      String label = text.substring(i + 11, headerEnd);
      if (!label.contains("PRIVATE KEY")) {
        i = text.indexOf("-----BEGIN ", headerEnd);
        continue;
      }
      String endMarker = "-----END " + label + "-----";
      int end = text.indexOf(endMarker, headerEnd);
      int stop;
      if (end >= 0) {
        stop = end + endMarker.length();
      } else {
        // No end line (truncated or cut by chunking): everything that looks like key body goes.
        stop = headerEnd + 5;
        while (stop < text.length() && isKeyBodyChar(text.charAt(stop))) {
          stop++;
        }
      }
      out.add(new Finding(PiiType.API_KEY_OR_SECRET, i, stop, 1.0));
      i = text.indexOf("-----BEGIN ", stop);
    }
  }

  private static boolean isKeyBodyChar(char c) {
    return Character.isLetterOrDigit(c)
        || c == '+'
        || c == '/'
        || c == '='
        || c == '\n'
        || c == '\r'
        || c == '\\'
        || c == ' '
        || c == ':'
        || c == '-'
        || c == ',';
  }

  private static final String[] VENDOR_PREFIXES = {
    "AKIA",
    "ASIA",
    "ABIA",
    "ACCA",
    "AGPA",
    "AIDA",
    "AIPA",
    "ANPA",
    "ANVA",
    "APKA",
    "AROA",
    "ASCA",
    "A3T",
    "ghp_",
    "gho_",
    "ghu_",
    "ghs_",
    "ghr_",
    "github_pat_",
    "glpat-",
    "xox",
    "xapp-",
    "sk_live_",
    "sk_test_",
    "rk_live_",
    "rk_test_",
    "whsec_",
    "AIza",
    "ya29.",
    "GOCSPX-",
    "npm_",
    "SG.",
    "sk-",
    "eyJ",
    "hooks.slack.com/",
    "discord.com/api/webhooks/",
    "discordapp.com/api/webhooks/",
    "dckr_pat_",
    "hf_",
    "pypi-AgE",
    "shpat_",
    "shpca_",
    "shppa_",
    "shpss_",
    "glc_",
    "hvs.",
    "doo_v1_",
    "dop_v1_",
    "dor_v1_",
    "lin_api_",
    "sq0atp-",
    "sq0csp-",
    "AGE-SECRET-KEY-1",
    "SK",
    "AC",
    "LTAI"
  };

  private static final CueIndex VENDOR_INDEX = new CueIndex(VENDOR_PREFIXES);

  /**
   * The fewest characters of any vendor token: "xoxb-" and ten more. Every shape is made of {@link
   * #isTokenChar} characters only, so a token lies inside a run of them at least this long.
   */
  private static final int SHORTEST_VENDOR_TOKEN = 15;

  /**
   * Whether the text has a run of {@link #isTokenChar} characters long enough to hold a vendor
   * token.
   */
  private static boolean hasVendorRun(String text) {
    // A run of the length needed that starts at or after i holds i + length - 1: test that char
    // first, and when it is no token char, no run starting at or before it can be long enough.
    int n = text.length();
    int i = 0;
    while (i + SHORTEST_VENDOR_TOKEN <= n) {
      int last = i + SHORTEST_VENDOR_TOKEN - 1;
      int k = last;
      while (k >= i && isTokenChar(text.charAt(k))) {
        k--;
      }
      if (k < i) {
        return true;
      }
      i = k + 1;
    }
    return false;
  }

  /** Prefixes of account ids, a secret only with their secret ("AC..." beside an auth token). */
  private static final java.util.Set<String> ACCOUNT_IDS = java.util.Set.of("AC", "LTAI");

  /** Words of a token or a secret that an account id comes with. */
  private static final String[] SECRET_WORDS = {"token", "secret"};

  /** Whether a token's or secret's word stands within 300 characters of {@code i}. */
  private static boolean withItsSecret(String lower, int i) {
    String window = lower.substring(Math.max(0, i - 300), Math.min(lower.length(), i + 300));
    for (String w : SECRET_WORDS) {
      if (window.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Vendor tokens: the fixed prefixes found in one pass, the shape checked anchored at each; prose
   * without a run of token characters long enough for the shortest token is not searched.
   */
  static void findVendorTokens(String text, String lower, List<Finding> out) {
    int n = text.length();
    if (hasVendorRun(text)) {
      Matcher m = Scan.matcher(VENDOR, text);
      CueIndex.Hits hits = VENDOR_INDEX.find(text);
      for (int k = 0; k < VENDOR_PREFIXES.length; k++) {
        String prefix = VENDOR_PREFIXES[k];
        int readTo = 0;
        for (int i : hits.of(k)) {
          boolean tokenStart =
              i == 0 || !Context.isWordChar(text.charAt(i - 1)) || text.charAt(i - 1) == '_';
          if (i >= readTo
              && tokenStart
              && Scan.at(m, i, 8400, n)
              && (!ACCOUNT_IDS.contains(prefix) || withItsSecret(lower, i))) {
            // A webhook URL is the secret as a whole, scheme included.
            int start =
                (prefix.startsWith("hooks.") || prefix.startsWith("discord"))
                        && m.start() >= 8
                        && text.startsWith("https://", m.start() - 8)
                    ? m.start() - 8
                    : m.start();
            out.add(new Finding(PiiType.API_KEY_OR_SECRET, start, m.end(), 1.0));
            readTo = m.end();
          }
        }
      }
    }
    // AWS secret access keys: exactly 40 base64 characters, mixed, high entropy, near an AWS cue
    // (so none where the text has no cue at all).
    int[] windows = awsWindows(text, lower);
    if (windows.length == 0) {
      return;
    }
    int i = 0;
    int w = 0;
    while (i < n) {
      // Only where a cue stands within the 120 characters before: skip to the next such window,
      // back to the start of the run it opens in.
      while (w < windows.length && windows[w + 1] <= i) {
        w += 2;
      }
      if (w >= windows.length) {
        return;
      }
      if (i < windows[w]) {
        i = windows[w];
        while (i > 0 && isBase64(text.charAt(i - 1))) {
          i--;
        }
      }
      if (!isBase64(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && isBase64(text.charAt(i))) {
        i++;
      }
      if (i - s == 40
          && (s == 0 || !isTokenChar(text.charAt(s - 1)) || text.charAt(s - 1) == '=')) {
        String v = text.substring(s, i);
        if (mixed(v) && Checksums.entropy(v) >= 4.0 && Context.anyBefore(text, s, 120, AWS_CUES)) {
          out.add(new Finding(PiiType.API_KEY_OR_SECRET, s, i, 0.9));
        }
      }
    }
  }

  /**
   * The stretches [from, to) where a secret access key may start with an AWS cue in the 120
   * characters before it, as pairs of offsets in ascending order; none without a cue.
   */
  private static int[] awsWindows(String text, String lower) {
    java.util.List<int[]> spans = new java.util.ArrayList<>();
    for (String cue : AWS_CUES) {
      for (int c = lower.indexOf(cue); c >= 0; c = lower.indexOf(cue, c + 1)) {
        spans.add(new int[] {c, Math.min(text.length(), c + 121 + cue.length())});
      }
    }
    spans.sort(java.util.Comparator.comparingInt(a -> a[0]));
    int[] merged = new int[spans.size() * 2];
    int m = 0;
    for (int[] span : spans) {
      if (m > 0 && span[0] <= merged[m - 1]) {
        merged[m - 1] = Math.max(merged[m - 1], span[1]);
      } else {
        merged[m++] = span[0];
        merged[m++] = span[1];
      }
    }
    return java.util.Arrays.copyOf(merged, m);
  }

  private static boolean isBase64(char c) {
    return isAlnum(c) || c == '/' || c == '+';
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isTokenChar(char c) {
    return isAlnum(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == '+' || c == '=';
  }

  private static boolean mixed(String v) {
    boolean u = false;
    boolean l = false;
    boolean d = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      u |= Character.isUpperCase(c);
      l |= Character.isLowerCase(c);
      d |= Character.isDigit(c);
    }
    return u && l && d && !UUID.matcher(v).matches();
  }
}
