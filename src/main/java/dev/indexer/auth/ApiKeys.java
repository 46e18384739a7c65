package dev.indexer.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The API keys the service accepts, known only by their SHA-256 hashes. Keys are random secrets of
 * at least 32 characters (documented), so a fast hash is enough: there is nothing to guess from a
 * hash of a high-entropy key, and a leaked file does not leak the keys.
 */
public final class ApiKeys {

  /** One accepted key: who it is, which tenant it reads (none for an admin key), its roles. */
  public record Entry(String name, Optional<String> tenant, Set<String> roles) {}

  private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Map<String, Entry> byHash;

  private ApiKeys(Map<String, Entry> byHash) {
    this.byHash = Map.copyOf(byHash);
  }

  public static ApiKeys none() {
    return new ApiKeys(Map.of());
  }

  /** Reads a key file; a malformed line fails with its line number (never its content). */
  public static ApiKeys load(Path file, String property) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(
          property
              + ": cannot read the API key file "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + ")");
    }
    return parse(lines, property);
  }

  static ApiKeys parse(List<String> lines, String property) {
    Map<String, Entry> byHash = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = WHITESPACE.split(line);
      String hash = f.length >= 3 ? f[2].toLowerCase(java.util.Locale.ROOT) : "";
      if (f.length < 3 || f.length > 4 || !HASH.matcher(hash).matches()) {
        throw new IllegalStateException(
            property
                + ": line "
                + (i + 1)
                + " is not 'name tenant sha256:<64 hex digits> [role,...]'");
      }
      Optional<String> tenant = f[1].equals("-") ? Optional.empty() : Optional.of(f[1]);
      Set<String> roles = f.length == 4 ? Set.of(f[3].split(",")) : Set.of();
      if (byHash.put(hash.substring("sha256:".length()), new Entry(f[0], tenant, roles)) != null) {
        throw new IllegalStateException(
            property + ": line " + (i + 1) + " repeats the hash of an earlier key");
      }
    }
    return new ApiKeys(byHash);
  }

  /** The entry of a presented key, if it is one of ours. */
  public Optional<Entry> find(String presentedKey) {
    return Optional.ofNullable(byHash.get(sha256Hex(presentedKey)));
  }

  public boolean isEmpty() {
    return byHash.isEmpty();
  }

  public int size() {
    return byHash.size();
  }

  /** The hex SHA-256 of a key's UTF-8 bytes, as written in the key file after {@code sha256:}. */
  public static String sha256Hex(String key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
