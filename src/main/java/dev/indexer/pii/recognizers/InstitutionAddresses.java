package dev.indexer.pii.recognizers;

/**
 * Addresses of public institutions: a tax office, a town hall, a ministry, an embassy, a museum, a
 * court or a police station named right before the address in its clause ("Urząd Skarbowy ..., ul.
 * Lindleya 14", "東京都庁：東京都新宿区...", "부산시청: 부산광역시 ..."). The labelling conventions leave such
 * addresses out. The word stands whole, at most 40 characters before the address; a clause that
 * says someone lives there, that the address is someone's or that greets the institution keeps it
 * ("Ich wohne neben dem Rathaus, Marktstraße 3", "Dear Tax Office, please update my address to").
 */
final class InstitutionAddresses {

  /** Words of public institutions, lower-cased, as they stand in their names. */
  private static final String[] INSTITUTIONS = {
    // German, French, Spanish, Portuguese, Italian, Dutch, Polish, English
    "rathaus",
    "stadtverwaltung",
    "bürgeramt",
    "finanzamt",
    "landratsamt",
    "ministerium",
    "botschaft",
    "konsulat",
    "museum",
    "polizeipräsidium",
    "amtsgericht",
    "landgericht",
    "mairie",
    "préfecture",
    "direction générale",
    "hôtel de ville",
    "ambassade",
    "consulat",
    "musée",
    "tribunal",
    "commissariat",
    "ayuntamiento",
    "ministerio",
    "embajada",
    "consulado",
    "museo",
    "comisaría",
    "agencia tributaria",
    "loja do cidadão",
    "câmara municipal",
    "prefeitura",
    "ministério",
    "comune di",
    "questura",
    "prefettura",
    "gemeentehuis",
    "stadhuis",
    "belastingdienst",
    "urząd",
    "ministerstwo",
    "ambasada",
    "muzeum",
    "komenda",
    "town hall",
    "city hall",
    "council offices",
    "embassy",
    "consulate",
    "ministry",
    "tax office",
    "police station",
    "courthouse",
    // Japanese, Chinese, Korean, Thai, Russian
    "都庁",
    "府庁",
    "県庁",
    "道庁",
    "市役所",
    "区役所",
    "町役場",
    "村役場",
    "大使館",
    "領事館",
    "博物館",
    "美術館",
    "税務署",
    "警察署",
    "市政府",
    "人民政府",
    "区政府",
    "大使馆",
    "领事馆",
    "博物馆",
    "公安局",
    "派出所",
    "税务局",
    "시청",
    "청사",
    "구청",
    "군청",
    "박물관",
    "대사관",
    "영사관",
    "주민센터",
    "세무서",
    "경찰서",
    "ศาลากลาง",
    "สถานทูต",
    "พิพิธภัณฑ์",
    "ที่ว่าการ",
    "посольство",
    "консульство",
    "музей",
    "мэрия",
    "администрация",
    "налоговая"
  };

  /**
   * Words that say someone lives at the address or that it is someone's ("wohne", "lives at", "my
   * address", "meine Anschrift"), and greetings of a letter to an institution ("Dear Tax Office,").
   */
  private static final String[] RESIDENCE = {
    "wohn",
    "live",
    "resid",
    "home",
    "domicil",
    "habite",
    "vivo",
    "vive",
    "moro",
    "mora ",
    "mieszk",
    "woon",
    "abito",
    "address",
    "adresse",
    "anschrift",
    "dirección",
    "direccion",
    "indirizzo",
    "endereço",
    "adres",
    "my ",
    "mein",
    "mon ",
    "ma ",
    "mi ",
    "mio ",
    "mia ",
    "mój",
    "moja",
    "dear",
    "geehrte",
    "liebe",
    "hallo",
    "hello",
    "bonjour",
    "estimad",
    "住所",
    "住址",
    "居住",
    "주소지",
    "거주",
    "ที่อยู่",
    "прожива",
    "адрес"
  };

  /** How far after an institution's word its address starts at most. */
  private static final int NEAR = 40;

  /** How far before an address the institution's name is looked for. */
  private static final int REACH = 150;

  private InstitutionAddresses() {}

  /**
   * Whether the address at {@code start} follows an institution's word in its clause: back to the
   * end of a sentence, a semicolon or a line that does not end with a comma or a colon.
   */
  static boolean at(String text, String lower, int start) {
    int from = Math.max(0, start - REACH);
    int b = start;
    while (b > from) {
      char c = text.charAt(b - 1);
      if (c == ';'
          || c == '。'
          || (c == '.' || c == '!' || c == '?') && b < start && text.charAt(b) == ' ') {
        break;
      }
      if (c == '\n') {
        int p = b - 2;
        while (p >= 0 && text.charAt(p) == ' ') {
          p--;
        }
        if (p < 0 || ",:：".indexOf(text.charAt(p)) < 0) {
          break; // a line ending otherwise is another clause's
        }
      }
      b--;
    }
    if (b == start) {
      return false;
    }
    String clause = lower.substring(b, start);
    for (String w : RESIDENCE) {
      if (clause.contains(w)) {
        return false;
      }
    }
    for (String w : INSTITUTIONS) {
      // the word whole at its start ("komenda", not "rekomendacja"), at most NEAR before the
      // address
      for (int k = clause.indexOf(w); k >= 0; k = clause.indexOf(w, k + 1)) {
        int after = k + w.length();
        if ((k == 0 || w.charAt(0) >= 0x0E00 || !Character.isLetter(clause.charAt(k - 1)))
            && clause.length() - after <= NEAR
            && !(w.equals("청사")
                && after < clause.length()
                && "포진".indexOf(clause.charAt(after)) >= 0)) {
          return true;
        }
      }
    }
    return false;
  }
}
