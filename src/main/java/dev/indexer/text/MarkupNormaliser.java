package dev.indexer.text;

import dev.indexer.event.InvalidEventException;
import dev.indexer.event.InvalidEventException.Reason;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Plain text, markdown and HTML (through jsoup: scripts, styles and navigation dropped, block
 * structure kept as blank lines) to plain text. Markup never reaches the embedding.
 */
public final class MarkupNormaliser implements Normaliser {

  public static final Set<String> SUPPORTED = Set.of("text/plain", "text/markdown", "text/html");

  @Override
  public String normalise(String content, String contentType) {
    String type = mediaType(contentType);
    if (!SUPPORTED.contains(type)) {
      throw new InvalidEventException(
          Reason.UNKNOWN_CONTENT_TYPE, "unsupported content type (supported: " + SUPPORTED + ")");
    }
    if (content == null) {
      return "";
    }
    String text =
        switch (type) {
          case "text/html" -> html(content);
          case "text/markdown" -> markdown(content);
          default -> content;
        };
    return clean(text);
  }

  /** The media type without parameters such as {@code ; charset=utf-8}, lower case. */
  public static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return "text/plain";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static String html(String content) {
    Document doc = Jsoup.parse(content);
    doc.select("script, style, noscript, nav, header, footer, template, iframe").remove();
    StringBuilder out = new StringBuilder();
    for (var block : doc.body().select("h1, h2, h3, h4, h5, h6, p, li, td, th, pre, blockquote, dt, dd")) {
      if (block.parents().stream().anyMatch(p -> p != block && isBlock(p.tagName()))) {
        continue; // counted with its enclosing block
      }
      String text = block.text();
      if (!text.isBlank()) {
        out.append(text).append("\n\n");
      }
    }
    // Text outside the listed blocks (bare text in div or body) still counts.
    return out.length() > 0 ? out.toString() : doc.body().text();
  }

  private static boolean isBlock(String tag) {
    return switch (tag) {
      case "p", "li", "td", "th", "pre", "blockquote", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
      default -> false;
    };
  }

  private static String markdown(String content) {
    StringBuilder out = new StringBuilder();
    for (String line : content.split("\n", -1)) {
      String l = line.strip();
      if (l.startsWith("```") || l.matches("^[-*_=]{3,}$") || l.matches("^\\|?[ :|-]+\\|?$")) {
        continue; // fences, rules, table separator rows
      }
      l = l.replaceFirst("^#{1,6}\\s+", "")
          .replaceFirst("^>\\s?", "")
          .replaceFirst("^([-*+]|[0-9]{1,9}[.)])\\s+", "")
          .replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
          .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
          .replaceAll("`([^`]*)`", "$1")
          .replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
          .replaceAll("(?<![\\w*])[*_]([^*_]+)[*_](?![\\w*])", "$1")
          .replace("|", " ");
      out.append(l).append('\n');
    }
    return out.toString();
  }

  /** Drops control and zero-width characters, keeps newlines. */
  private static String clean(String text) {
    return text.replaceAll("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200D\\uFEFF]", "").strip();
  }
}
