package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The positions of many cue words in a text, found in one pass instead of one {@code indexOf} pass
 * per cue: the birth-date, identity and secret recognizers know tens of cue words in many
 * languages, and a pass each over a long text cost more than their rules.
 *
 * <p>Cues are grouped by their first two characters. At each position of the text a bit set answers
 * whether any cue may start with the two characters there (almost never in prose); only then are
 * the cues of that pair compared. Positions are reported per cue in ascending order, overlapping
 * ones included, as repeated {@code indexOf(cue, i + 1)} would find them.
 */
final class CueIndex {

  private final String[] cues;

  /** Cues of one character, by that character (rare: only the slots of a small table). */
  private final int[][] single;

  /** A bit per hash of a pair of characters that starts a cue. */
  private final long[] pairBits = new long[1 << 10];

  /** Open addressing from a pair (first << 16 | second) to the cues that start with it. */
  private final int[] pairKeys;

  private final int[][] pairCues;
  private final int mask;

  /**
   * For a pair of ASCII characters (first << 7 | second), its slot in {@link #pairKeys}, or -1: one
   * array read where a text is ASCII, instead of the bit set and the probe.
   */
  private final int[] asciiSlots = new int[1 << 14];

  CueIndex(Collection<String> cues) {
    this.cues = cues.toArray(String[]::new);
    List<Integer> singles = new ArrayList<>();
    int pairs = 0;
    for (String cue : this.cues) {
      if (cue.isEmpty()) {
        throw new IllegalArgumentException("empty cue");
      }
      if (cue.length() == 1) {
        singles.add((int) cue.charAt(0));
      } else {
        pairs++;
      }
    }
    int size = Integer.highestOneBit(Math.max(4, pairs * 4) - 1) << 1;
    mask = size - 1;
    pairKeys = new int[size];
    Arrays.fill(pairKeys, -1);
    pairCues = new int[size][];
    single =
        new int[singles.isEmpty() ? 0 : 1 + singles.stream().mapToInt(i -> i).max().orElse(0)][];
    for (int k = 0; k < this.cues.length; k++) {
      String cue = this.cues[k];
      if (cue.length() == 1) {
        single[cue.charAt(0)] = append(single[cue.charAt(0)], k);
        continue;
      }
      int key = cue.charAt(0) << 16 | cue.charAt(1);
      int h = hash(key);
      pairBits[h >>> 6 & (pairBits.length - 1)] |= 1L << h;
      int slot = h & mask;
      while (pairKeys[slot] != -1 && pairKeys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      pairKeys[slot] = key;
      pairCues[slot] = append(pairCues[slot], k);
    }
    Arrays.fill(asciiSlots, -1);
    for (int slot = 0; slot < size; slot++) {
      int first = pairKeys[slot] >>> 16;
      int second = pairKeys[slot] & 0xFFFF;
      if (pairKeys[slot] != -1 && first < 128 && second < 128) {
        asciiSlots[first << 7 | second] = slot;
      }
    }
  }

  CueIndex(String... cues) {
    this(Arrays.asList(cues));
  }

  int size() {
    return cues.length;
  }

  String cue(int k) {
    return cues[k];
  }

  private static int hash(int key) {
    return (key * 0x9E3779B9) >>> 8;
  }

  /** Every position of every cue in {@code text}. */
  Hits find(String text) {
    int[][] positions = new int[cues.length][];
    int[] counts = new int[cues.length];
    int n = text.length();
    char next = n > 0 ? text.charAt(0) : 0;
    for (int i = 0; i < n; i++) {
      char c = next;
      next = i + 1 < n ? text.charAt(i + 1) : 0;
      if (c < single.length && single[c] != null) {
        for (int k : single[c]) {
          add(positions, counts, k, i);
        }
      }
      if (i + 1 >= n) {
        break;
      }
      int slot;
      if (c < 128 && next < 128) {
        slot = asciiSlots[c << 7 | next];
        if (slot < 0) {
          continue;
        }
      } else {
        int key = c << 16 | next;
        int h = hash(key);
        if ((pairBits[h >>> 6 & (pairBits.length - 1)] & (1L << h)) == 0) {
          continue;
        }
        slot = h & mask;
        while (pairKeys[slot] != -1 && pairKeys[slot] != key) {
          slot = (slot + 1) & mask;
        }
        if (pairKeys[slot] == -1) {
          continue;
        }
      }
      for (int k : pairCues[slot]) {
        if (text.startsWith(cues[k], i)) {
          add(positions, counts, k, i);
        }
      }
    }
    return new Hits(positions, counts);
  }

  private static void add(int[][] positions, int[] counts, int k, int i) {
    if (positions[k] == null) {
      positions[k] = new int[4];
    } else if (counts[k] == positions[k].length) {
      positions[k] = Arrays.copyOf(positions[k], counts[k] * 2);
    }
    positions[k][counts[k]++] = i;
  }

  private static int[] append(int[] a, int k) {
    if (a == null) {
      return new int[] {k};
    }
    int[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = k;
    return b;
  }

  /** The positions found per cue, by the cue's index in the list the index was built from. */
  static final class Hits {
    private static final int[] NONE = new int[0];
    private final int[][] positions;
    private final int[] counts;

    private Hits(int[][] positions, int[] counts) {
      this.positions = positions;
      this.counts = counts;
    }

    /** The positions of cue {@code k}, ascending. */
    int[] of(int k) {
      return positions[k] == null ? NONE : Arrays.copyOf(positions[k], counts[k]);
    }
  }
}
