package dev.indexer.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Counts BERT WordPiece tokens (uncased: clean text, split CJK ideographs, strip accents,
 * lowercase, split at whitespace and punctuation, greedy longest-match WordPiece) in Java, about
 * ten times faster than a call into the native tokenizer, with a cache of word counts.
 *
 * <p>Exactness: the Java steps equal the Hugging Face tokenizer for the scripts in {@link
 * #verified(int)}, which a differential test checks against the native tokenizer code point by code
 * point and on random mixed text. Text with any other character, or with a special token such as
 * {@code [MASK]}, or with a character the tokenizer deletes (controls, NUL, U+FFFD), is counted by
 * the native tokenizer instead.
 *
 * <p>Speed: one pass over the text, ASCII classified by table, word counts cached without
 * allocating on a hit; the chunker calls this for every sentence of every document.
 */
public final class BertTokenCounter implements TokenCounter {

  private static final int CACHE_SLOTS = 1 << 16;
  private static final int MAX_CACHED_WORD_CHARS = 64; // bounds the cache to a few MB

  private final Set<String> vocab;
  private final Set<String> specialTokens;
  private final int maxCharsPerWord;
  private final int maxTokenChars;
  private final TokenCounter fallback;
  private final CachedWord[] wordCounts = new CachedWord[CACHE_SLOTS];

  private BertTokenCounter(
      Set<String> vocab, Set<String> specialTokens, int maxCharsPerWord, TokenCounter fallback) {
    this.vocab = vocab;
    this.specialTokens = specialTokens;
    this.maxCharsPerWord = maxCharsPerWord;
    this.maxTokenChars = vocab.stream().mapToInt(String::length).max().orElse(1);
    this.fallback = fallback;
  }

  /**
   * A fast counter for the {@code tokenizer.json} resource when it is an uncased BERT WordPiece
   * tokenizer; otherwise the native tokenizer alone.
   */
  public static TokenCounter fromClasspath(String resource) {
    HuggingFaceTokenCounter fallback = HuggingFaceTokenCounter.fromClasspath(resource);
    try (InputStream in = BertTokenCounter.class.getClassLoader().getResourceAsStream(resource)) {
      JsonNode json = new ObjectMapper().readTree(in);
      JsonNode normalizer = json.path("normalizer");
      JsonNode model = json.path("model");
      boolean uncasedBert =
          "BertNormalizer".equals(normalizer.path("type").asText())
              && normalizer.path("clean_text").asBoolean()
              && normalizer.path("handle_chinese_chars").asBoolean()
              && normalizer.path("lowercase").asBoolean()
              && (normalizer.path("strip_accents").isNull()
                  || normalizer.path("strip_accents").asBoolean())
              && "BertPreTokenizer".equals(json.path("pre_tokenizer").path("type").asText())
              && "WordPiece".equals(model.path("type").asText())
              && "##".equals(model.path("continuing_subword_prefix").asText());
      if (!uncasedBert) {
        return fallback;
      }
      Set<String> vocab = new HashSet<>();
      model.path("vocab").fieldNames().forEachRemaining(vocab::add);
      Set<String> special = new HashSet<>();
      json.path("added_tokens").forEach(t -> special.add(t.path("content").asText()));
      return new BertTokenCounter(
          vocab, special, model.path("max_input_chars_per_word").asInt(100), fallback);
    } catch (IOException e) {
      fallback.close();
      throw new UncheckedIOException("cannot read tokenizer " + resource, e);
    }
  }

  /** Closes the native tokenizer behind the counts this class does not make itself. */
  @Override
  public void close() {
    fallback.close();
  }

  @Override
  public int specialTokens() {
    return fallback.specialTokens();
  }

  @Override
  public int count(String text) {
    if (text.indexOf('[') >= 0 && hasSpecialToken(text)) {
      return fallback.count(text);
    }
    int tokens = 0;
    int wordStart = -1;
    int hash = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      int kind;
      int next;
      if (c < 0x80) {
        kind = ASCII_KINDS[c];
        next = i + 1;
      } else {
        int cp = text.codePointAt(i);
        if (!verified(cp)) {
          return fallback.count(text);
        }
        kind = kind(cp);
        next = i + Character.charCount(cp);
      }
      if (kind == REMOVED) {
        // The native normaliser deletes it, joining the text around it into one word.
        return fallback.count(text);
      }
      if (kind == WORD) {
        if (wordStart < 0) {
          wordStart = i;
          hash = 0;
        }
        for (int k = i; k < next; k++) {
          hash = 31 * hash + text.charAt(k);
        }
      } else {
        if (wordStart >= 0) {
          tokens += wordTokens(text, wordStart, i, hash);
          wordStart = -1;
        }
        if (kind == SEPARATE) {
          tokens++; // a punctuation mark or an ideograph is a token of its own, or [UNK]
        }
      }
      i = next;
    }
    if (wordStart >= 0) {
      tokens += wordTokens(text, wordStart, n, hash);
    }
    return tokens;
  }

  /** Counts of whitespace-separated texts add up: the pre-tokenizer splits at whitespace first. */
  @Override
  public boolean additiveAtWhitespace() {
    return true;
  }

  private static final byte WORD = 0;
  private static final byte SPACE = 1;
  private static final byte SEPARATE = 2;
  private static final byte REMOVED = 3;
  private static final byte[] ASCII_KINDS = new byte[0x80];

  static {
    for (int c = 0; c < ASCII_KINDS.length; c++) {
      ASCII_KINDS[c] = kind(c);
    }
  }

  /**
   * Removed (cleaned away), white space, a token of its own (punctuation, ideograph), or a word's.
   */
  private static byte kind(int cp) {
    if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
      return REMOVED;
    }
    if (isWhitespace(cp)) {
      return SPACE;
    }
    return isPunctuation(cp) || isCjk(cp) ? SEPARATE : WORD;
  }

  private boolean hasSpecialToken(String text) {
    for (String special : specialTokens) {
      if (text.contains(special)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Code points whose Java treatment (Unicode category, decomposition, case mapping) is checked to
   * equal the native tokenizer's: Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, general
   * punctuation, kana, common CJK ideographs, Hangul syllables and ASCII controls; never an
   * unassigned one (the two sides disagree on those).
   */
  static boolean verified(int cp) {
    return Character.getType(cp) != Character.UNASSIGNED && inVerifiedBlock(cp);
  }

  private static boolean inVerifiedBlock(int cp) {
    return cp < 0x0250
        || (cp >= 0x0370 && cp < 0x0530)
        || (cp >= 0x05D0 && cp <= 0x05EA)
        || (cp >= 0x0620 && cp <= 0x065F)
        || (cp >= 0x0900 && cp <= 0x097F)
        || (cp >= 0x2010 && cp <= 0x2027)
        || (cp >= 0x2030 && cp <= 0x205E)
        || (cp >= 0x3001 && cp <= 0x3002)
        || (cp >= 0x3041 && cp <= 0x3096)
        || (cp >= 0x30A1 && cp <= 0x30FA)
        || (cp >= 0x4E00 && cp <= 0x9FEF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xFF01 && cp <= 0xFF5E);
  }

  /**
   * Tokens of the word {@code text[start, end)} whose {@link String#hashCode()} is {@code hash},
   * through a direct-mapped cache of short words: a hit allocates nothing, and a racing writer only
   * replaces one immutable entry by another.
   */
  private int wordTokens(String text, int start, int end, int hash) {
    int length = end - start;
    if (length > MAX_CACHED_WORD_CHARS) {
      return longWordTokens(text, start, end);
    }
    int slot = (hash ^ (hash >>> 16)) & (CACHE_SLOTS - 1);
    CachedWord e = wordCounts[slot];
    if (e != null
        && e.hash == hash
        && e.word.length() == length
        && text.regionMatches(start, e.word, 0, length)) {
      return e.tokens;
    }
    String word = text.substring(start, end);
    int tokens = wordPieces(normalise(word));
    wordCounts[slot] = new CachedWord(word, hash, tokens);
    return tokens;
  }

  /** An ASCII word too long for WordPiece is one [UNK] without lower-casing a copy of it. */
  private int longWordTokens(String text, int start, int end) {
    if (end - start > maxCharsPerWord) {
      boolean ascii = true;
      for (int i = start; i < end && ascii; i++) {
        ascii = text.charAt(i) < 0x80;
      }
      if (ascii) {
        return 1;
      }
    }
    return wordPieces(normalise(text.substring(start, end)));
  }

  private record CachedWord(String word, int hash, int tokens) {}

  /** Strips accents (NFD, drop non-spacing marks), then lower-cases code point by code point. */
  private static String normalise(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) {
      ascii = word.charAt(i) < 0x80;
    }
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); ) {
      int cp = nfd.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) != Character.NON_SPACING_MARK) {
        // One code point at a time, like the Rust tokenizer: no final-sigma context.
        out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /** Greedy longest-match-first WordPiece; a word with an unknown piece is one [UNK]. */
  private int wordPieces(String word) {
    int length = word.codePointCount(0, word.length());
    if (length == 0) {
      return 0;
    }
    if (length > maxCharsPerWord) {
      return 1;
    }
    int pieces = 0;
    int start = 0;
    while (start < word.length()) {
      int end = Math.min(word.length(), start + maxTokenChars);
      int found = -1;
      while (end > start) {
        if (Character.isLowSurrogate(word.charAt(end - 1)) && end - 1 > start) {
          // never split a surrogate pair; the shorter candidate is tried next
        } else {
          String piece = start == 0 ? word.substring(0, end) : "##" + word.substring(start, end);
          if (vocab.contains(piece)) {
            found = end;
            break;
          }
        }
        end--;
      }
      if (found < 0) {
        return 1;
      }
      pieces++;
      start = found;
    }
    return pieces;
  }

  private static boolean isWhitespace(int cp) {
    return switch (cp) {
      case '\t',
          '\n',
          '\r',
          ' ',
          0x0B,
          0x0C,
          0x85,
          0xA0,
          0x1680,
          0x2028,
          0x2029,
          0x202F,
          0x205F,
          0x3000 ->
          true;
      default -> cp >= 0x2000 && cp <= 0x200A;
    };
  }

  /** Unicode category C* except tab, newline and carriage return (which count as whitespace). */
  private static boolean isControl(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE;
  }

  private static boolean isPunctuation(int cp) {
    if (cp < 0x80) {
      return (cp >= 33 && cp <= 47)
          || (cp >= 58 && cp <= 64)
          || (cp >= 91 && cp <= 96)
          || (cp >= 123 && cp <= 126);
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  private static boolean isCjk(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x20000 && cp <= 0x2A6DF)
        || (cp >= 0x2A700 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }
}
