package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People of history and of professional sport are no private persons: a name followed by life dates
 * before 1900 ("Milan Rastislav Štefánik (1880–1919)") and the players and coaches of a report on a
 * professional match (a score and the name of a professional league or cup). A private person in
 * such a text keeps a name where a greeting, a label or contact details say so.
 */
class HistoricalPeopleAndMatchReportsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void aNameWithLifeDatesBefore1900AndItsLaterMentions() {
    String text =
        "Milan Rastislav Štefánik (1880–1919)\n"
            + "Milan Rastislav Štefánik sa narodil v Košariskách. Štefánik bol astronóm.";
    assertThat(Spans.of(person, text)).isEmpty();
    assertThat(Spans.of(person, "Христо Ботев (1848–1876) е роден в Калофер.")).isEmpty();
  }

  @Test
  void aPrivatePersonsLifeDatesStayAName() {
    String text = "In loving memory of Margaret Elsie Thornton (1938–2024), mother and friend.";
    assertThat(Spans.of(person, text)).contains("Margaret Elsie Thornton");
  }

  @Test
  void playersAndCoachesOfAProfessionalMatch() {
    String report =
        "Bundesliga, 12. Spieltag: Bayer Leverkusen – Werder Bremen 3:1. Florian Wirtz traf "
            + "zweimal, Trainer Xabi Alonso lobte Granit Xhaka. Ole Werner sprach von einer "
            + "verdienten Niederlage.";
    assertThat(Spans.of(person, report)).isEmpty();
    String english =
        "Premier League: Brentford 2-1 Fulham. Bryan Mbeumo scored twice before Thomas Frank "
            + "praised Mikkel Damsgaard for the assist.";
    assertThat(Spans.of(person, english)).isEmpty();
  }

  @Test
  void aReportOnSportThatNamesFamousPlayers() {
    // No league's name: words of sport and two players of the list of public figures.
    String report =
        "Harry Kane scored twice as England eased past Finland at Wembley, moving within sight of "
            + "Wayne Rooney's record. Interim coach Lee Carsley praised Morgan Gibbs-White for "
            + "the second goal.";
    assertThat(Spans.of(person, report)).isEmpty();
  }

  @Test
  void aLeagueOrFamousNamesInTextsOfAnotherKind() {
    assertThat(
            Spans.of(
                person,
                "Attendees were Sarah Johnson and Priya Shah. We watched the NBA finals and "
                    + "expect 1-2 hours of work tomorrow."))
        .contains("Sarah Johnson", "Priya Shah");
    assertThat(
            Spans.of(
                person,
                "Sarah Johnson met Barack Obama and Elon Musk but the manager left after 20 "
                    + "minutes of the match."))
        .contains("Sarah Johnson");
  }

  @Test
  void aClubsOwnReportKeepsItsPeople() {
    // No professional league: the players of a village club are private persons.
    String report =
        "Kreisliga B: SV Oberweiler – TSV Kleinhausen 3:1. Tobias Reinhardt traf zweimal, "
            + "Trainer Jens Albrecht war zufrieden.";
    assertThat(Spans.of(person, report)).contains("Tobias Reinhardt", "Jens Albrecht");
    // Words of sport without famous players: a club's match.
    String club =
        "Tobias Reinhardt scored twice in the match against Oakley Rovers; manager Jens Albrecht "
            + "praised the goalkeeper after the final whistle.";
    assertThat(Spans.of(person, club)).contains("Tobias Reinhardt", "Jens Albrecht");
    // A professional league in a letter that writes to a person.
    String letter =
        "Hi Daniel Hughes, your Premier League tickets for Brentford 2-1 Fulham are attached.";
    assertThat(Spans.of(person, letter)).contains("Daniel Hughes");
  }
}
