package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names in chats exported with the sender and the time in brackets, and in the columns of tables of
 * scripts without capitals whose header stands elsewhere; senders that are roles or systems and
 * columns of words that open with a family name's character stay unreported.
 */
class NamesOfUncasedChatsAndTablesTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void sendersOfAChatWithBracketedNamesAndTimes() {
    String kakao =
        "[이수진] [오후 3:12] 사무실 공유기 비밀번호 알려드릴게요\n"
            + "[이수진] [오후 3:12] 게스트망 말고 본망으로 연결하세요\n"
            + "[박지훈] [오후 3:13] 감사합니다\n";
    assertThat(Spans.of(person, kakao)).contains("이수진", "박지훈");
    String latin =
        "[Anna Kowalski] [3:12 PM] the wifi key is on the fridge\n[Ben Ortiz] [3:13 PM] ta\n";
    assertThat(Spans.of(person, latin)).contains("Anna Kowalski", "Ben Ortiz");
  }

  @Test
  void sendersThatAreRolesOrLogLevelsAreNoNames() {
    String roles =
        "[관리자] [오후 3:12] 공지사항 확인 부탁드립니다 여러분\n"
            + "[시스템] [오후 3:13] 서버 점검이 시작됩니다 잠시만\n"
            + "[관리자] [오후 3:14] 점검 끝났습니다 감사합니다\n";
    assertThat(Spans.of(person, roles)).isEmpty();
    String zh = "[客服] [下午 3:12] 您好，请问有什么可以帮您\n[客服] [下午 3:13] 请提供订单号\n[系统] [下午 3:14] 会话已结束\n";
    assertThat(Spans.of(person, zh)).isEmpty();
    String log =
        "[ERROR] [10:02] disk full on node 3\n[WARN] [10:03] retrying in 5 s\n[INFO] [10:04] ok\n";
    assertThat(Spans.of(person, log)).isEmpty();
  }

  @Test
  void aColumnOfKoreanOrChineseFullNamesWithoutItsHeader() {
    String ko =
        "[학부모 연락망 - 3학년 2반]\n"
            + "7\t이도윤\t2016.03.11\t이정민\t010-3392-1840\n"
            + "8\t최하은\t2016.08.29\t박소영\t010-7714-0265\n"
            + "9\t정우진\t2016.12.02\t정성훈\t010-2208-5573\n";
    assertThat(Spans.of(person, ko)).contains("이도윤", "이정민", "최하은", "박소영", "정우진", "정성훈");
    String zh = "1,张伟,13800138000,北京\n2,李娜,13900139000,上海\n3,王建国,13700137000,广州\n";
    assertThat(Spans.of(person, zh)).contains("张伟", "李娜", "王建国");
  }

  @Test
  void aColumnOfColoursOrGradesIsNoColumnOfNames() {
    String zh = "编号,颜色,等级,城市\n1,黄色,高级,北京\n2,白色,中级,上海\n3,金色,初级,广州\n";
    assertThat(Spans.of(person, zh)).isEmpty();
    assertThat(Spans.of(person, "1,高速,3\n2,马上,4\n3,周末,5\n")).isEmpty();
    assertThat(Spans.of(person, "1\t이용권\t3\n2\t정기권\t4\n3\t김밥집\t5\n")).isEmpty();
    String same = "1\t김치\t3\n2\t김치\t4\n3\t김치\t5\n";
    assertThat(Spans.of(person, same)).isEmpty();
  }

  @Test
  void sendersOfMessengerAndTeamsExportsAndAFlagAfterAName() {
    String messenger =
        "Tomasz, 20:14\nAga, potrzebuję numer Twojego dowodu\nAgnieszka, 20:31\nzaraz ci wyślę\n"
            + "Tomasz, 20:32\ndzięki\n";
    assertThat(Spans.of(person, messenger)).contains("Tomasz", "Agnieszka");
    String slack =
        "Elin 14:02\nhej! hyresvärden vill ha allas nummer\nFarid 14:09\njag har inget än\nElin 14:10\nok\n";
    assertThat(Spans.of(person, slack)).contains("Elin", "Farid");
    String teams =
        "Jan-Willem van der Heijden 09:12\nGoedemorgen! wie neemt de dienst over?\n"
            + "Sem Bakker 09:15\nik doe het wel\nJan-Willem van der Heijden 09:16\ntop\n";
    assertThat(Spans.of(person, teams)).contains("Jan-Willem van der Heijden", "Sem Bakker");
    String flag =
        "Camilo 🇨🇴: parce ya llené lo del arriendo\nValentina Ospina: listo, ya te mando\n"
            + "Camilo 🇨🇴: gracias\n";
    assertThat(Spans.of(person, flag)).contains("Camilo", "Valentina Ospina");
  }

  @Test
  void aScheduleWithTimesIsNoChat() {
    String schedule =
        "Tue 18:00\nfive-a-side at the park\nWed 19:30\nchoir practice\nTue 18:45\nbring water\n";
    assertThat(Spans.of(person, schedule)).isEmpty();
  }

  @Test
  void twoTurnsOfKoreanFullNamesAndACompoundNameFieldsLabel() {
    String two = "[한지수] [오전 10:41] 공용 계정 비밀번호 바꿨습니다\n[서민호] [오전 10:42] 확인했습니다\n";
    assertThat(Spans.of(person, two)).contains("한지수", "서민호");
    String form = "위 임 장\n위임인 성명: 박다인\n수임인 성명: 윤재현\n";
    assertThat(Spans.of(person, form)).contains("박다인", "윤재현");
  }

  @Test
  void twoSendersAloneOnTheirLinesWithTheTime() {
    String slack =
        "Tomasz  8:14 PM\ncan you book the cottage on your card? mine is maxed\nAgnieszka  8:20 PM\nfine, done\n";
    assertThat(Spans.of(person, slack)).contains("Tomasz", "Agnieszka");
    String schedule = "Abfahrt 08:15\nTreffpunkt am Bahnhof\nAnkunft 10:40\nMittagessen im Dorf\n";
    assertThat(Spans.of(person, schedule)).isEmpty();
  }
}
