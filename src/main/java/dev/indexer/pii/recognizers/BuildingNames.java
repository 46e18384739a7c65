package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Set;

/**
 * The name of a house or a building written before its street ("The Old Forge, 5 Mill Lane", "Flat
 * 9, Kingfisher House, 40 Canal Street") belongs to the address: a street address found is widened
 * back over one to four capitalised words that end in a word of a building or open with "The", and
 * over the flat before them.
 */
final class BuildingNames {

  /** Last words of the names of houses and buildings. */
  static final Set<String> BUILDINGS =
      Set.of(
          "House",
          "Cottage",
          "Cottages",
          "Court",
          "Lodge",
          "Farm",
          "Farmhouse",
          "Barn",
          "Mill",
          "Forge",
          "Hall",
          "Manor",
          "Villa",
          "Villas",
          "Mansions",
          "Heights",
          "Tower",
          "Towers",
          "Apartments",
          "Residences",
          "Residence",
          "Wharf",
          "Buildings",
          "Chambers",
          "Grange",
          "Rectory",
          "Vicarage",
          "Croft",
          "Bungalow",
          "Gardens",
          "Mews",
          "Block",
          "Building");

  /** Words of a flat or unit before a building's name. */
  static final Set<String> UNITS = Set.of("Flat", "Apartment", "Apt", "Unit", "Suite", "Room");

  private BuildingNames() {}

  static void extend(String text, int first, List<Finding> out) {
    // The stretches [widened start, old start) now covered, for one sweep at the end.
    List<int[]> added = new java.util.ArrayList<>();
    for (int k = first; k < out.size(); k++) {
      Finding f = out.get(k);
      if (f.type() != PiiType.STREET_ADDRESS || !Scan.isDigit(text.charAt(f.start()))) {
        continue;
      }
      int s = nameStart(text, f.start());
      if (s < 0) {
        continue;
      }
      int unit = unitStart(text, s);
      int start = unit >= 0 ? unit : s;
      out.set(k, new Finding(PiiType.STREET_ADDRESS, start, f.end(), f.score()));
      added.add(new int[] {start, f.start()});
    }
    if (added.isEmpty()) {
      return;
    }
    // A span of the flat and the name's first words is now inside a widened one: one pass, each
    // finding looked up by binary search among the stretches (sorted, they do not overlap).
    added.sort(java.util.Comparator.comparingInt(r -> r[0]));
    int[] starts = added.stream().mapToInt(r -> r[0]).toArray();
    out.subList(first, out.size())
        .removeIf(
            g -> {
              if (g.type() != PiiType.STREET_ADDRESS) {
                return false;
              }
              int i = java.util.Arrays.binarySearch(starts, g.start());
              int at = i >= 0 ? i : -i - 2;
              return at >= 0 && g.start() >= starts[at] && g.end() <= added.get(at)[1];
            });
  }

  /** Where the building's name before ", " at {@code street} starts, or -1. */
  private static int nameStart(String text, int street) {
    if (street < 4 || text.charAt(street - 1) != ' ' || text.charAt(street - 2) != ',') {
      return -1;
    }
    int e = street - 2;
    int s = e;
    int words = 0;
    String last = null;
    String firstWord = null;
    while (words < 4) {
      int we = s;
      int ws = Scan.letterRunStart(text, we);
      if (ws == we || !Character.isUpperCase(text.charAt(ws))) {
        break;
      }
      String w = text.substring(ws, we);
      if (last == null) {
        last = w;
      }
      firstWord = w;
      words++;
      s = ws;
      if (s < 2 || text.charAt(s - 1) != ' ' || !Character.isLetter(text.charAt(s - 2))) {
        break;
      }
      if (!Character.isUpperCase(text.charAt(Scan.letterRunStart(text, s - 1)))) {
        break;
      }
      s--;
    }
    if (words == 0 || (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)))) {
      return -1;
    }
    boolean building = BUILDINGS.contains(last) && words >= 2;
    boolean the = "The".equals(firstWord) && words >= 2;
    return building || the ? s : -1;
  }

  /** Where "Flat 9, " before the name at {@code s} starts, or -1. */
  private static int unitStart(String text, int s) {
    if (s < 4 || text.charAt(s - 1) != ' ' || text.charAt(s - 2) != ',') {
      return -1;
    }
    int e = s - 2;
    int d = e;
    while (d > 0 && (Character.isLetterOrDigit(text.charAt(d - 1))) && e - d < 6) {
      d--;
    }
    if (d == e || d < 2 || text.charAt(d - 1) != ' ' || !Scan.isDigit(text.charAt(d))) {
      return -1;
    }
    int ws = Scan.letterRunStart(text, d - 1);
    int we = d - 1;
    if (text.charAt(we - 1) == '.') {
      we--;
      ws = Scan.letterRunStart(text, we);
    }
    String unit = text.substring(ws, d - 1).trim();
    if (unit.endsWith(".")) {
      unit = unit.substring(0, unit.length() - 1); // "Apt."
    }
    return ws < we && UNITS.contains(unit) ? ws : -1;
  }
}
