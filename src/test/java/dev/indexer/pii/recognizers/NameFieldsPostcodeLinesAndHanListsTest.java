package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names after the name fields of more forms (Urdu, Hebrew, Japanese readings, Bengali, Burmese,
 * Khmer, Georgian; Finnish, Mongolian, Kazakh, Uzbek and Russian labels), a street line without a
 * street type above its postcode and town, and the names of a Chinese list parted by "、".
 */
class NameFieldsPostcodeLinesAndHanListsTest {

  private final PersonRecognizer person = new PersonRecognizer();
  private final StreetAddressRecognizer streets = new StreetAddressRecognizer();

  @Test
  void namesAfterMoreLabelsOfScriptsWithoutCapitals() {
    assertThat(Spans.of(person, "درخواست گزار کا نام: عمران احمد خان\nشہر: کراچی"))
        .containsExactly("عمران احمد خان");
    assertThat(Spans.of(person, "شناختی کارڈ: 42101-5550123-1\nولدیت: سلیم احمد\nپتہ: کراچی"))
        .containsExactly("سلیم احمد");
    assertThat(Spans.of(person, "טופס הרשמה\nשם משפחה: ברקוביץ          שם פרטי: מיכל\nעיר: חיפה"))
        .containsExactly("ברקוביץ", "מיכל");
    assertThat(Spans.of(person, "申込書\nフリガナ　ヤマモト　ケンジ\n電話　03-1234-5678")).containsExactly("ヤマモト　ケンジ");
    assertThat(Spans.of(person, "হিসাব খোলার ফরম\nগ্রাহকের নাম: রফিকুল হাসান\nমোবাইল: জানা নেই"))
        .containsExactly("রফিকুল হাসান");
    assertThat(Spans.of(person, "မှတ်ပုံတင်\nအမည်: ဒေါ်နွယ်နီထွန်း\nမြို့: မန္တလေး"))
        .containsExactly("နွယ်နီထွန်း");
    assertThat(Spans.of(person, "ពាក្យស្នើសុំ\nឈ្មោះ: ហេង សុភា\nភូមិ: ទួលគោក"))
        .containsExactly("ហេង សុភា");
    assertThat(Spans.of(person, "განაცხადი\nგვარი: ლომიძე\nქალაქი: ბათუმი"))
        .containsExactly("ლომიძე");
  }

  @Test
  void chatTurnsStampedInTheDigitsOfOtherScripts() {
    assertThat(
            Spans.of(
                person,
                "[٠٩:١٥] خالد: متى نلتقي غداً؟\n[٠٩:١٦] ريم: بعد العصر إن شاء الله\n[٠٩:١٧] خالد: تمام"))
        .contains("خالد", "ريم");
    assertThat(
            Spans.of(
                person,
                "[১৮:০২] তানভীর: কাল কোথায় দেখা হবে?\n[১৮:০৩] সুমাইয়া: অফিসের সামনে\n[১৮:০৪] তানভীর: ঠিক আছে"))
        .contains("তানভীর", "সুমাইয়া");
  }

  @Test
  void aSpeakerNamedInAnothersTurnInAScriptWithVowelSigns() {
    String chat = "[20:10] সুমন: কাল কোথায়?\n[20:11] নীলা: বাসায়\n[20:12] সুমন: ঠিক আছে নীলা";
    assertThat(Spans.of(person, chat).stream().filter(s -> s.equals("নীলা")).count()).isEqualTo(2);
  }

  @Test
  void namesAfterMoreLabelsOfCasedScripts() {
    assertThat(Spans.of(person, "Sukunimi: Lehtonen\nEtunimet: Aino Kaarina\nKotikunta: Oulu"))
        .contains("Aino Kaarina");
    assertThat(Spans.of(person, "Өргөдөл\nОвог, нэр: Ганболд Энхжаргал\nУтас: тодорхойгүй"))
        .containsExactly("Ганболд Энхжаргал");
    assertThat(Spans.of(person, "Өтініш\nАты-жөні: Серікұлы Нұрлан\nҚала: Шымкент"))
        .containsExactly("Серікұлы Нұрлан");
    assertThat(Spans.of(person, "Anketa\nF.I.Sh.: Rahimova Gulnora Akmalovna\nShahar: Samarqand"))
        .containsExactly("Rahimova Gulnora Akmalovna");
    assertThat(Spans.of(person, "Заявление\nФ.И.О.: Кузнецова Ольга Петровна\nГород: Тверь"))
        .containsOnly("Кузнецова Ольга Петровна");
  }

  @Test
  void theRecipientOfAParcelButNotAFirm() {
    assertThat(Spans.of(person, "Prejemnik: Nives Žagar\nNaslov: Koper")).contains("Nives Žagar");
    assertThat(Spans.of(person, "Către: Ilinca Vâlcu\nOraș: Iași")).contains("Ilinca Vâlcu");
    assertThat(
            Spans.of(
                person, "Dane do przelewu\nOdbiorca: Skład Opału „Węgielek” sp. z o.o.\nNr: 12"))
        .isEmpty();
  }

  @Test
  void aStreetLineAboveItsPostcodeAndTown() {
    assertThat(Spans.of(streets, "Prejemnik: Tina Zupan\nDunajska cesta 56\n1000 Ljubljana\n"))
        .containsExactly("Dunajska cesta 56", "1000 Ljubljana");
    assertThat(Spans.of(streets, "Примач:\nМилица Стојановић\nНемањина 14/3\n11000 Београд"))
        .containsExactly("Немањина 14/3", "11000 Београд");
    assertThat(Spans.of(streets, "Familie Overbeck\nAm Krummen Wege 9\n49809 Lingen\n"))
        .containsExactly("Am Krummen Wege 9", "49809 Lingen");
  }

  @Test
  void townLinesOpenedByASlavicAbbreviationAndPostBoxesOfMoreLanguages() {
    assertThat(
            Spans.of(streets, "Адресат:\nул. Лесная, д. 9, кв. 41\nг. Казань, 420012\n\nУважаемый"))
        .contains("ул. Лесная, д. 9, кв. 41", "г. Казань, 420012");
    assertThat(Spans.of(streets, "Кому: пр-т Мира, д. 7, кв. 2\nг. Самара, 443001\n"))
        .contains("пр-т Мира, д. 7, кв. 2", "г. Самара, 443001");
    assertThat(
            Spans.of(
                streets, "Пані Олені Ковальчук\nвул. Личаківська, 12, кв. 5\nм. Львів, 79010\n"))
        .contains("м. Львів, 79010");
    assertThat(String.join("|", Spans.of(streets, "Mev. Anri Botha\nPosbus 2231\nPretoria 0001\n")))
        .contains("Posbus 2231");
    // A word in lower case before a town is no abbreviation of one.
    assertThat(Spans.of(streets, "ул. Лесная, д. 9\nи Москва тоже\n"))
        .containsExactly("ул. Лесная, д. 9");
  }

  @Test
  void addressFieldsOfMoreLanguagesAndScripts() {
    assertThat(
            Spans.of(streets, "نام: سلیم\nپتہ: مکان نمبر 12، گلی نمبر 3، ماڈل ٹاؤن، لاہور\nفون: -"))
        .contains("مکان نمبر 12، گلی نمبر 3، ماڈل ٹاؤن، لاہور");
    assertThat(
            Spans.of(streets, "Мекенжайы: Шымкент қ., Тәуке хан даңғылы, 12-үй, 7-пәтер\nТел: -"))
        .contains("Шымкент қ., Тәуке хан даңғылы, 12-үй, 7-пәтер");
    assertThat(Spans.of(streets, "მისამართი: რუსთაველის გამზირი 24, ბინა 3, თბილისი\n"))
        .contains("რუსთაველის გამზირი 24, ბინა 3, თბილისი");
    assertThat(Spans.of(streets, "ঠিকানা: বাড়ি ৭, রোড ২, গুলশান, ঢাকা ১২১২\n"))
        .contains("বাড়ি ৭, রোড ২, গুলশান, ঢাকা ১২১২");
    // No value without a number after an address's label.
    assertThat(Spans.of(streets, "Мекенжайы: кейін хабарлаймын\nТел: жоқ\n")).isEmpty();
    assertThat(Spans.of(streets, "ঠিকানা: পরে জানাব\n")).isEmpty();
  }

  @Test
  void japaneseAddressesOfMoreShapes() {
    assertThat(Spans.of(streets, "訪問先：名古屋市千種区今池3-12-5　生活援助")).containsExactly("名古屋市千種区今池3-12-5");
    assertThat(Spans.of(streets, "千葉県ふなばし市本町4-2-18")).containsExactly("千葉県ふなばし市本町4-2-18");
    assertThat(Spans.of(streets, "北海道札幌市北区北7条西5丁目3-1")).containsExactly("北海道札幌市北区北7条西5丁目3-1");
    assertThat(Spans.of(streets, "收货地址\n朝阳区建国路88号院2号楼1单元1503"))
        .containsExactly("朝阳区建国路88号院2号楼1单元1503");
    assertThat(Spans.of(streets, "배송지: 부산 해운대구 센텀중앙로 79, 1204호"))
        .containsExactly("부산 해운대구 센텀중앙로 79, 1204호");
    assertThat(Spans.of(streets, "本区人口统计：朝阳区共有居民345万人，设43个街道。")).isEmpty();
    // A city and a ward without a number are no address.
    assertThat(Spans.of(streets, "本社は横浜市港北区にあります。")).isEmpty();
  }

  @Test
  void hungarianAddressesWithThePostcodeFirst() {
    assertThat(Spans.of(streets, "Igénylő címe: 6722 Szeged, Tisza Lajos körút 41. II. em. 7."))
        .contains("6722 Szeged, Tisza Lajos körút 41. II. em. 7.");
    assertThat(Spans.of(streets, "Szállítás: 9024 Győr, Szent Imre út 81/B, kapukód nincs"))
        .contains("9024 Győr, Szent Imre út 81/B");
    assertThat(Spans.of(streets, "A 2024 Évkönyv, Budapest utcái című kötet 3. fejezete"))
        .isEmpty();
  }

  @Test
  void noHeadingOrCountAboveANumberAndAWord() {
    assertThat(Spans.of(streets, "Chapter 5\n2019 Report\n")).isEmpty();
    assertThat(Spans.of(streets, "Seite 3\n1000 Euro Pauschale")).isEmpty();
    assertThat(Spans.of(streets, "Kapitel 4\n2020 Rückblick")).isEmpty();
    assertThat(Spans.of(streets, "Windows 11\n2024 Update\n")).isEmpty();
    assertThat(Spans.of(streets, "Tabelle 7\n1500 Meter Freistil\n")).isEmpty();
  }

  @Test
  void theNamesOfAChineseListPartedByCommas() {
    assertThat(Spans.of(person, "座位安排\n第3桌：许文杰、江雨桐、罗志明、邱佳慧\n请准时入座"))
        .containsExactly("许文杰", "江雨桐", "罗志明", "邱佳慧");
    assertThat(Spans.of(person, "获奖名单：市场部 韩雪梅、技术部 董建国、人事部 尹晓红"))
        .containsExactly("韩雪梅", "董建国", "尹晓红");
    assertThat(Spans.of(person, "主桌：新郎 温子轩、新娘 卢思琪、温建平、卢美玲"))
        .containsExactly("温子轩", "卢思琪", "温建平", "卢美玲");
  }

  @Test
  void noListOfPlacesOrThings() {
    assertThat(Spans.of(person, "旅游路线：张家界、黄山、桂林、九寨沟")).isEmpty();
    assertThat(Spans.of(person, "覆盖城市：北京、上海、广州、深圳、成都")).isEmpty();
    assertThat(Spans.of(person, "产品：高压锅、电饭煲、吸尘器、加湿器")).isEmpty();
    // The characters of a novel a line names in title marks.
    assertThat(Spans.of(person, "书目\n《水浒传》：宋江、林冲、武松、鲁智深\n地点：图书馆")).isEmpty();
    // The name of a post, not of a person.
    assertThat(Spans.of(person, "বিজ্ঞপ্তি\nপদের নাম: হিসাব কর্মকর্তা, ঢাকা অফিস।")).isEmpty();
  }
}
