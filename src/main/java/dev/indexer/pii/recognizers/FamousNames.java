package dev.indexer.pii.recognizers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * People and teams everybody names, from the lists the datafaker artifact ships: players and
 * coaches of football, basketball, baseball, cricket, volleyball and chess, racing drivers, actors,
 * painters, scientists and philosophers, and the teams of those sports; and the countries of the
 * world and their capitals ("Phnom Penh", "Addis Ababa"), which are no persons either. A text about
 * them is not about a private person. Characters of fiction are left out: their lists hold many
 * names that private people have too ("Peter Becker", "Michael Scott").
 *
 * <p>A phrase of one word is kept only when the name lists hold it neither as a given name nor as a
 * surname and it is no English word ("Picasso" stays, "Williams" and "Vincent" go). Team names are
 * also kept without their club's letters ("Aston Villa F.C." as "Aston Villa").
 */
final class FamousNames {

  private FamousNames() {}

  /** The lists read, by resource, and the keys of the lists in it. */
  private static final Map<String, Set<String>> SOURCES =
      Map.ofEntries(
          Map.entry("en/football.yml", Set.of("players", "coaches", "teams")),
          Map.entry("en/basketball.yml", Set.of("players", "coaches", "teams")),
          Map.entry("en/baseball.yml", Set.of("players", "coaches", "teams")),
          Map.entry("en/cricket.yml", Set.of("players", "teams")),
          Map.entry("en/volleyball.yml", Set.of("player", "coach", "team")),
          Map.entry("en/englandfootball.yml", Set.of("teams")),
          Map.entry("en/chess.yml", Set.of("players")),
          Map.entry("en/formula1.yml", Set.of("driver", "team")),
          Map.entry("en/esport.yml", Set.of("players", "teams")),
          Map.entry("en/science.yml", Set.of("scientist")),
          Map.entry("en/greek_philosophers.yml", Set.of("names")),
          Map.entry("en/artist.yml", Set.of("names")),
          Map.entry("en/bossa_nova.yml", Set.of("artists")),
          Map.entry("en/mountaineering.yml", Set.of("mountaineer")),
          Map.entry("en/nigeria.yml", Set.of("celebrities")),
          Map.entry("en/buffy.yml", Set.of("celebrities")),
          Map.entry("en/fresh_prince_of_bel_air.yml", Set.of("celebrities")),
          Map.entry("en/oscar_movie.yml", Set.of("actor")),
          Map.entry("en/departed.yml", Set.of("actors")),
          Map.entry("en/dumb_and_dumber.yml", Set.of("actors")),
          Map.entry("en/ghostbusters.yml", Set.of("actors")),
          Map.entry("en/lebowski.yml", Set.of("actors")),
          Map.entry("en/the_it_crowd.yml", Set.of("actors")),
          Map.entry("en/dr_who.yml", Set.of("actors")),
          Map.entry("en/grateful_dead.yml", Set.of("players")),
          Map.entry("en/rush.yml", Set.of("players")),
          Map.entry("en/country.yml", Set.of("name", "capital")),
          Map.entry("en/nation.yml", Set.of("capital_city")));

  /** Club letters before or after a team's name: "F.C.", "FC", "AFC", "CF", "SC". */
  private static final Pattern CLUB_LETTERS =
      Pattern.compile("^(?:A?F\\.?C\\.?|CF|SC|AC|SV|VfB|VfL|1\\. FC) | (?:A?F\\.?C\\.?|CF|SC)$");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** The phrases, as the lists write them and without their club letters. */
  static List<String> phrases(NameLists names) {
    List<String> out = new ArrayList<>();
    SOURCES.forEach((resource, keys) -> read(resource, keys, names, out));
    return out;
  }

  /**
   * The text with each letter that carries a diacritic replaced by its base letter ("Zinédine" as
   * "Zinedine"); every other char stays, so the length and the offsets do not change.
   */
  static String fold(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0xC0 || Character.isSurrogate(c)) {
        continue;
      }
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      if (d.length() > 1 && MARKS.matcher(d.substring(1)).matches()) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = d.charAt(0);
      }
    }
    return out == null ? s : new String(out);
  }

  private static void read(String resource, Set<String> keys, NameLists names, List<String> out) {
    try (InputStream in = FamousNames.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return;
      }
      Object root =
          new Yaml(new LoaderOptions()).load(new InputStreamReader(in, StandardCharsets.UTF_8));
      collect(root, null, keys, names, out);
    } catch (IOException | RuntimeException e) {
      // A list that cannot be read only leaves its famous names to the other rules.
    }
  }

  private static void collect(
      Object node, String key, Set<String> keys, NameLists names, List<String> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> collect(v, String.valueOf(k), keys, names, out));
    } else if (node instanceof List<?> list && keys.contains(key)) {
      boolean singles = SINGLE_WORDS.contains(key);
      for (Object v : list) {
        add(String.valueOf(v).trim(), singles, names, out);
      }
    }
  }

  /**
   * The lists whose one-word phrases are kept: painters and philosophers known by one name
   * ("Picasso", "Plato"), teams ("Galatasaray") and countries ("Mongolia"); not capitals of one
   * word, which people bear too ("Sanaa", "Valletta"). One-word players and celebrities are often
   * given names of private people too ("Tunde").
   */
  private static final Set<String> SINGLE_WORDS = Set.of("names", "teams", "team", "name");

  private static boolean everyWordAName(String phrase, NameLists names) {
    for (String w : phrase.split(" ")) {
      if (!names.isFirst(w)
          && !names.isListedLast(w)
          && !CommonWords.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static void add(String phrase, boolean singles, NameLists names, List<String> out) {
    if (phrase.length() < 3 || phrase.contains("#{") || !Character.isUpperCase(phrase.charAt(0))) {
      return;
    }
    if (phrase.indexOf(' ') < 0) {
      if (singles
          && phrase.length() >= 5
          && !names.isFirst(phrase)
          && !names.isListedLast(phrase)
          && !CommonWords.contains(phrase.toLowerCase(Locale.ROOT))) {
        out.add(phrase);
      }
      return;
    }
    if (everyWordAName(phrase, names)) {
      return; // "John Cook", "Matt Smith": names or words that many private people have too
    }
    out.add(phrase);
    String bare = CLUB_LETTERS.matcher(phrase).replaceAll("").trim();
    if (!bare.equals(phrase) && bare.indexOf(' ') > 0) {
      out.add(bare);
    }
  }
}
