package dev.indexer.pii;

import dev.indexer.pii.spi.PiiType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The effective, validated PII policy. Its {@link #version()} is a hash of everything that changes
 * the redacted output (recognizer generation, types, operators, mask, metadata key policies, phone
 * regions, HMAC key id) and never of the HMAC key itself.
 */
public record PiiPolicy(
    Set<PiiType> enabledTypes,
    Map<PiiType, Operator> operators,
    Optional<String> hmacKey,
    String keyId,
    char maskChar,
    MetadataKeyPolicy metadataDefault,
    Map<String, MetadataKeyPolicy> metadata,
    List<String> phoneRegions) {

  /**
   * Bumped whenever a recognizer changes what it finds, so stored points can be re-processed: a new
   * value is a new policy version, rolled out as a new generation of the index. 3: names spelled by
   * nearby e-mail addresses, more name lists, National Insurance numbers, version numbers and SSH
   * remotes that are not addresses, and more. 4: names by the shape of their surname and of the
   * text around them (travel documents, chat greetings, contact cards), initials, SQL columns,
   * street parts of more countries, section numbers and release tags that are not IP addresses. 5:
   * name fields in code and data, given-name columns beside a surname column, lower-case nicknames,
   * attendee labels, more surname endings, Finnish, Danish, Romanian and Dutch street parts; a
   * postcode alone and an SSN's grouping are no address and no phone. 6: national numbers with
   * check digits (Norway, Sweden, Finland, Turkey, Poland, Romania, France, Belgium, Switzerland,
   * Ireland, Germany, China, Korea, Brazil, Mexico) and identity labels in more languages and
   * scripts, chat speakers and later mentions of a name, names in running text (kin and role words,
   * verbs only people do, given names that are no English word, given names in other cases),
   * vCards, Turkish streets and address tails, month names of 30 languages, company and parcel
   * numbers that are no phones. 7: a name with an age in apposition or before "who", professions
   * and kin words of more languages before a name, a listed given name opening a sentence before a
   * verb of people; netmasks, network ranges, numbered tables, placeholder credentials in URLs,
   * case numbers with a year and part numbers are no PII. 8: chats (speakers who each speak once,
   * IRC nicks, handles, scripts without case, given names in lower case in the turns), two rare
   * capitalised words after a word that takes a person, a surname before a given name, closings and
   * form labels of more languages, identity numbers of more documents, address tails; things named
   * after people (venues, firms, teams, dishes, people of fiction) are no PII. 9: a document's
   * paragraphs are read with their line breaks and columns, and each block's first line starts a
   * line, so the rules that read lines find in the service what they find in the evaluation; roles
   * in apposition, names joined by "and", names declined in Polish, Czech, Finnish and Hungarian,
   * names after the name labels of scripts without capitals, Russian patronymics, logins in system
   * logs, chats copied with the time after the handle, Greek, Russian, Ukrainian and Bulgarian name
   * lists, form labels of birth dates, addresses and identity numbers in more languages; people of
   * history and fiction, ships, residences, claim and case numbers and the broadcast MAC address
   * are no PII. 10: values reserved for examples and tests (published test cards, the documentation
   * address ranges, example domains, fictional phone ranges, example IBANs and identity numbers,
   * placeholder names) are no PII where the text presents them as examples; in chats, a listed
   * given name in lower case after a greeting or thanks ("hey anna", "gracias carmen"), speakers
   * with an initial, a note or an emoji after their name, the handles of the authors of posts and
   * reviews ("posted by DaveAndKaz_Travels", "Kalle_aus_Kassel schrieb:"), logins in Dovecot and
   * Postfix logs; places and teams named after a saint ("Santa Barbara", "São João da Madeira",
   * "San Miguel Beermen"), firms named after their founder ("Kline Tax Services", "Agence Castel
   * Immobilier"), spans holding a noun of a thing ("Clínica Los Andes") and places after a county
   * word ("Co. Wicklow") are no people, nor are the famous people and teams of datafaker's lists;
   * birth dates of obituaries ("* 3. Mai 1937 † 2024", "f. 2. april 1938", "s. 2.7.1932 ... k.
   * 2024"). 11: the values of a form's person fields in 30 languages and any case, several fields
   * on a line, a label above its value, initials before a surname; identity numbers of more
   * countries (Thai, Emirati, Chilean, Argentine, Brazilian PIS, Icelandic, Czech, Hungarian,
   * Israeli) and of more documents in their own languages and scripts; birth dates with cues before
   * and after the date in more languages, Japanese era dates; addresses after a word of residence
   * in running text, flats and floors of more languages, addresses of Korean, Japanese and Chinese
   * forms; chats of two turns and Telegram copies; phones after a CSV comma; storms named like
   * people, and common names documentation uses as placeholders right beside a cue, are no people;
   * a run of three spaces in a paragraph is kept as a tab. 12: statistical name and address models
   * beside the rules (logistic regressions over hashed features of each word, its neighbours and
   * the text, learned from the tuning corpora): capitalised words the rules miss become names, runs
   * of words around a number become addresses or widen one found. 13: identity numbers of more
   * countries (Taiwan, Singapore, Hong Kong, Croatia, Slovenia, Pakistan, India's PAN, Australia's
   * TFN, Swedish short numbers, the Russian passport's series) and after the names of more
   * documents, in scripts without spaces too; masked values, firms' numbers and birth dates before
   * 1900 are none; birth dates in more languages, calendars and digits; cards parted by dots, of
   * domestic schemes after a card's name, and in CSV cells; names in uncased scripts after more
   * labels (mid-line, without a colon, ending in the word for name) and after titles; numbers of
   * registers, articles and lotteries are no phones; an address after "ship to" ends with its
   * sentence. 14: national phone numbers of countries outside the configured regions, in their
   * script's text or after a phone cue of their language, service numbers after a cue, phones under
   * a phone column; SSNs under a column or table header named SSN, spaced dashes, TIN labels; birth
   * dates under a DOB column of tables laid out with spaces, in the compact and spaced forms of
   * records, after cues of more languages; a town with its state and postcode as an address line of
   * its own; short register words hide a number only as whole words; a labelled address on a long
   * line ends with its sentence. 15: names in the running text of scripts without capitals
   * (Chinese, Japanese, Korean, Arabic, Persian, Urdu, Hebrew, Indic scripts, Georgian, Thai);
   * papers and birth dates named in more languages and written in the digits of their script. 16:
   * the writer of a quoted reply ("On Tue, ... wrote:" in eight languages), names in XML elements
   * and under "first" and "last" columns, after "it's", "let" and "contact", after a dash that ends
   * a message; given and family names of South Asia, Africa, China and the Arab world; a name found
   * once is found again at the start of a sentence when the lists hold it as a given name only;
   * birth dates in a column of records whose years lie decades apart; the letters of a passport
   * number right after a document's name written without a space. 17: public figures are no private
   * persons (a name after a public office, a name of the list of public figures, and the surname
   * alone after either); streets, squares and schools of Central Europe named after people in their
   * grammatical cases; the other name-shaped cells of a table's column of names; a chat speaker's
   * handle named by the others, a support chat's speaker with a role, the writer in brackets after
   * a reply's label, names after more roles of records; birth dates named after the date and listed
   * after a birth date for others; a street before a European postcode and town; identity numbers
   * after T.C., TAJ, Segurança Social and a form's Pass:; German pronouns of address are no names.
   * 18: given names of jfairy's larger French, German, Swedish and Italian lists; titles and forms
   * of address of more languages (Hr., fru, rouva, dl., dna., panem, Dra., Bapak, Ibu, Mzee, Malam,
   * Kuya, Smt.); particles of more languages ('t, do, binti); a sentence's first word before "and"
   * and another name; nicknames in lower case after a greeting in chats; German streets named after
   * a town with the street word apart, Nordic words of direction before a street, squares, parades,
   * Nordic floors, Australian units, Greek streets; the lines of an address written as a block
   * (building above, district, town and postcode below); a birth date in brackets after a listed
   * name; a number right after its document's name even when its check fails; identity columns of
   * tables laid out with spaces; people with life dates before 1900, the players of reports on
   * professional sport, and streets and buildings of more languages named after people are no
   * private persons; the town after a postcode stands on its line. 19: the lines of an address form
   * field (value and the lines below it in its column) and the town, postcode and state fields
   * beside a street in structured data; addresses in capitals; a line of parts before a British
   * postcode, an Irish Eircode, an American state and ZIP or a continental postcode and town, over
   * floors, doors and post boxes; more street types; no street after a counted part ("Chapter 12");
   * birth dates after Slovak cues, identity numbers after f.nr., BPJS and ID-nommer; names in lower
   * case as the value of a customer's or requester's field. 20: secrets in aligned Terraform
   * blocks, signing, licence and app keys, a key's id given with it, .pgpass lines, basic-auth
   * pairs, the data of a Kubernetes Secret, Discord webhooks, passwords told in Chinese, Japanese
   * and Korean, codes of doors, key safes and cards; vendors' documented example keys are none;
   * toll-free, shared-cost and premium numbers and a switchboard's line are no person's, nor are
   * public resolvers, multicast groups and the zero MAC; greetings and sign-offs in Cyrillic,
   * Greek, Arabic and Hebrew and of more Latin languages, a closing and a name on one line, a
   * listed given name in lower case signing a message, Korean given names before 님, a task's name
   * in a code comment; a piece of history without any other personal data names no private persons,
   * nor do rooms, lines, furniture and bakes named after people; Danish CPR numbers. 24: rosters,
   * lower-case streets and other calendars. 25: name, address, identity and birth fields of more
   * countries' forms and scripts, Chinese lists of names, a street line over its postcode line,
   * addresses of more shapes (Japanese without a prefecture, Chinese from a district, Korean short
   * provinces, Hungarian postcode first), births of history, desks' and placeholder numbers. 26:
   * models of all development sets, envelopes of any language, extensions, biographies, monuments
   * and firms' numbers. 27: the name model reads the words of scripts without case, single words at
   * its threshold, given names in lower case in their cases in chats, turns answered by a number,
   * thanks of more languages before a nickname, firms' round numbers and more desks.
   */
  public static final String RECOGNIZERS_GENERATION = "27";

  public PiiPolicy {
    enabledTypes =
        enabledTypes.isEmpty() ? EnumSet.noneOf(PiiType.class) : EnumSet.copyOf(enabledTypes);
    operators = new EnumMap<>(operators);
    metadata = new TreeMap<>(metadata);
    phoneRegions = List.copyOf(phoneRegions);
  }

  /** Everything found, replaced by placeholders; metadata scanned. */
  public static PiiPolicy defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Validates the configuration; a problem fails start-up with a message naming the property. */
  public static PiiPolicy from(PiiConfig config) {
    Builder b = builder();
    config.enabledTypes().ifPresent(b::enabledTypes);
    b.defaultOperator(config.defaultOperator());
    config
        .operators()
        .forEach(
            (key, op) -> {
              PiiType type;
              try {
                type = PiiType.valueOf(key.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
              } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                    "indexer.pii.operators."
                        + key
                        + ": unknown PII type; use one of "
                        + List.of(PiiType.values()));
              }
              b.operator(type, op);
            });
    config.hmacKey().ifPresent(b::hmacKey);
    b.keyId(config.keyId());
    if (config.maskChar().length() != 1) {
      throw new IllegalStateException("indexer.pii.mask-char: must be exactly one character");
    }
    b.maskChar(config.maskChar().charAt(0));
    b.metadataDefault(config.metadataDefault());
    config.metadata().forEach(b::metadata);
    b.phoneRegions(config.phoneRegions());
    return b.build();
  }

  public Operator operatorFor(PiiType type) {
    return operators.getOrDefault(type, Operator.PLACEHOLDER);
  }

  public MetadataKeyPolicy metadataPolicy(String key) {
    return metadata.getOrDefault(key, metadataDefault);
  }

  /** "pii-" and 16 hex digits of the SHA-256 of the canonical policy. */
  public String version() {
    return version(false);
  }

  /**
   * The version of this policy with pseudonyms scoped to tenants or not: with an HMAC operator the
   * two give different output for the same text, so they are different versions.
   */
  public String version(boolean pseudonymsPerTenant) {
    StringBuilder c = new StringBuilder("generation=").append(RECOGNIZERS_GENERATION);
    c.append(";types=").append(enabledTypes);
    c.append(";operators=");
    for (PiiType t : PiiType.values()) {
      if (enabledTypes.contains(t)) {
        c.append(t).append(':').append(operatorFor(t)).append(',');
      }
    }
    c.append(";mask=").append((int) maskChar);
    if (operators.containsValue(Operator.HMAC)) {
      c.append(";key-id=").append(keyId);
      if (pseudonymsPerTenant) {
        c.append(";pseudonyms=per-tenant");
      }
    }
    c.append(";metadata-default=").append(metadataDefault).append(";metadata=").append(metadata);
    c.append(";phone-regions=").append(phoneRegions);
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(c.toString().getBytes(StandardCharsets.UTF_8));
      return "pii-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Builds and validates a policy. */
  public static final class Builder {
    private Set<PiiType> types = EnumSet.allOf(PiiType.class);
    private Operator defaultOperator = Operator.PLACEHOLDER;
    private final Map<PiiType, Operator> operators = new EnumMap<>(PiiType.class);
    private Optional<String> hmacKey = Optional.empty();
    private String keyId = "1";
    private char maskChar = '*';
    private MetadataKeyPolicy metadataDefault = MetadataKeyPolicy.SCAN;
    private final Map<String, MetadataKeyPolicy> metadata = new TreeMap<>();
    private List<String> phoneRegions =
        List.of(
            "US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "IE", "PT", "PL", "SE",
            "DK", "NO", "FI", "CA", "AU");

    public Builder enabledTypes(Set<PiiType> types) {
      this.types = types.isEmpty() ? EnumSet.noneOf(PiiType.class) : EnumSet.copyOf(types);
      return this;
    }

    public Builder defaultOperator(Operator op) {
      this.defaultOperator = op;
      return this;
    }

    public Builder operator(PiiType type, Operator op) {
      operators.put(type, op);
      return this;
    }

    public Builder hmacKey(String key) {
      this.hmacKey = Optional.ofNullable(key).filter(k -> !k.isBlank());
      return this;
    }

    public Builder keyId(String keyId) {
      this.keyId = keyId;
      return this;
    }

    public Builder maskChar(char c) {
      this.maskChar = c;
      return this;
    }

    public Builder metadataDefault(MetadataKeyPolicy p) {
      this.metadataDefault = p;
      return this;
    }

    public Builder metadata(String key, MetadataKeyPolicy p) {
      metadata.put(key, p);
      return this;
    }

    public Builder phoneRegions(List<String> regions) {
      for (String r : regions) {
        if (!com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance()
            .getSupportedRegions()
            .contains(r.trim().toUpperCase(Locale.ROOT))) {
          throw new IllegalStateException("indexer.pii.phone-regions: unknown region " + r);
        }
      }
      this.phoneRegions = regions.stream().map(r -> r.trim().toUpperCase(Locale.ROOT)).toList();
      return this;
    }

    public PiiPolicy build() {
      Map<PiiType, Operator> effective = new EnumMap<>(PiiType.class);
      for (PiiType t : PiiType.values()) {
        effective.put(t, operators.getOrDefault(t, defaultOperator));
      }
      boolean pseudonyms = types.stream().anyMatch(t -> effective.get(t) == Operator.HMAC);
      if (pseudonyms && hmacKey.isEmpty()) {
        throw new IllegalStateException(
            "indexer.pii.hmac-key: the HMAC operator is configured but no key is set; supply it from a secret"
                + " (environment variable INDEXER_PII_HMAC_KEY)");
      }
      if (pseudonyms && hmacKey.get().length() < 16) {
        throw new IllegalStateException("indexer.pii.hmac-key: must be at least 16 characters");
      }
      return new PiiPolicy(
          types, effective, hmacKey, keyId, maskChar, metadataDefault, metadata, phoneRegions);
    }
  }

  @Override
  public String toString() {
    // Never print the key.
    return "PiiPolicy[" + version() + ", types=" + enabledTypes + ", operators=" + operators + "]";
  }
}
