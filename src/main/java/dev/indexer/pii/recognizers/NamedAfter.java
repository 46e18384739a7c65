package dev.indexer.pii.recognizers;

import java.util.Set;

/**
 * Places, prizes and institutions named after a person: "Willy Brandt Terminal", "Marie Curie
 * Fellowship", "Lincoln Tunnel". The person's name in them names the thing, not someone the text is
 * about.
 */
final class NamedAfter {

  private NamedAfter() {}

  /** Nouns of things that are named after people, in the languages of the corpus. */
  static final Set<String> THINGS =
      Set.of(
          "Terminal",
          "Airport",
          "Building",
          "Tower",
          "Center",
          "Centre",
          "Institute",
          "University",
          "College",
          "School",
          "Academy",
          "Hospital",
          "Clinic",
          "Foundation",
          "Museum",
          "Library",
          "Stadium",
          "Arena",
          "Bridge",
          "Tunnel",
          "Station",
          "Fellowship",
          "Scholarship",
          "Prize",
          "Award",
          "Medal",
          "Trophy",
          "Cup",
          "Memorial",
          "Lecture",
          "Programme",
          "Program",
          "Fund",
          "Theatre",
          "Theater",
          "Gallery",
          "Collection",
          "Fellowships",
          "Scholarships",
          "Awards",
          "Flughafen",
          "Gymnasium",
          "Schule",
          "Universität",
          "Stiftung",
          "Preis",
          "Brücke",
          "Aéroport",
          "Lycée",
          "Collège",
          "Musée",
          "Fondation",
          "Prix",
          "Pont",
          "Gare",
          "Aeropuerto",
          "Puente",
          "Estadio",
          "Premio",
          "Fundación",
          "Colegio",
          "Instituto",
          "Liceo",
          "Stazione",
          "Ponte",
          "Museo",
          "Luchthaven",
          "Brug",
          "Stichting",
          "Postdoctoral",
          "Doctoral",
          "Lectures",
          "Initiative");

  /** Whether the span's last word (after its first) or the word right after it is such a noun. */
  static boolean thingAt(String text, int s, int e) {
    int ls = e;
    while (ls > s && Character.isLetter(text.charAt(ls - 1))) {
      ls--;
    }
    if (ls > s && isThing(text, ls, e)) {
      return true;
    }
    return e + 1 < text.length()
        && text.charAt(e) == ' '
        && isThing(text, e + 1, wordEnd(text, e + 1));
  }

  private static boolean isThing(String text, int s, int e) {
    return e - s >= 3
        && e - s <= 13
        && Character.isUpperCase(text.charAt(s))
        && THINGS.contains(text.substring(s, e));
  }

  private static int wordEnd(String text, int i) {
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
