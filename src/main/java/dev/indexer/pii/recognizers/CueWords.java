package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.List;

/**
 * The cue words of the recognizers that read a value after a word (birth dates, identity numbers,
 * addresses, secrets), found together in one pass over a text. They are some three hundred words in
 * many languages; one {@code indexOf} pass each over a long text cost more than the rules that read
 * what follows them.
 *
 * <p>The recognizers run one after another on the same text in a thread, so the positions found for
 * the last lower-cased text are kept per thread, like {@link Scan#lower}.
 */
final class CueWords {

  /** The lists, each kept by the class that reads it. */
  enum Kind {
    BIRTH(DateOfBirthRecognizer.CUES),
    BIRTH_AFTER(DateOfBirthRecognizer.AFTER_CUES),
    IDENTITY(PassportOrIdRecognizer.CUES),
    ADDRESS(StreetAddressRecognizer.CUES),
    ADDRESS_PROSE(StreetAddressRecognizer.PROSE_CUES),
    SECRET_SETTING(SecretSettings.KEYWORDS),
    PASSWORD_TOPIC(PasswordsNearWords.EXTRA_TOPICS),
    COMMAND_TOOL(CommandLineSecrets.COMMAND_TOOLS),
    HEADER(SecretHeaders.NAMES),
    AUTHOR(PostAuthors.CUES),
    STORM(StormNames.CUES),
    GREETING(GreetingsOfMoreScripts.GREETINGS),
    SIGN_OFF(GreetingsOfMoreScripts.SIGN_OFFS),
    ACCESS_CODE(AccessCodes.CUES);

    private final String[] cues;
    private int offset;

    Kind(String[] cues) {
      this.cues = cues;
    }
  }

  private static final CueIndex INDEX;

  static {
    List<String> all = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      kind.offset = all.size();
      all.addAll(List.of(kind.cues));
    }
    INDEX = new CueIndex(all);
  }

  private record Found(String lower, CueIndex.Hits hits) {}

  private static final ThreadLocal<Found> LAST = new ThreadLocal<>();

  private CueWords() {}

  /**
   * This thread's cues found last, to put back with {@link #restore} after reading another text.
   */
  static Object saved() {
    return LAST.get();
  }

  static void restore(Object saved) {
    LAST.set((Found) saved);
  }

  /**
   * Where the {@code k}-th cue of {@code kind} occurs in {@code lower} (a text lower-cased by
   * {@link Scan#lower}), ascending, as repeated {@code indexOf} would find it.
   */
  static int[] positions(String lower, Kind kind, int k) {
    Found last = LAST.get();
    if (last == null || last.lower() != lower) {
      last = new Found(lower, INDEX.find(lower));
      LAST.set(last);
    }
    return last.hits().of(kind.offset + k);
  }
}
