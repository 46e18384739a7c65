package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Passwords told in chats and mails of more languages: ending in an exclamation mark that belongs
 * to them (a Japanese or Korean sentence goes on after a space), after the Arabic words for a
 * password, and given to curl over a continued command line.
 */
class PasswordsOfMoreChatsTest {

  private final SecretRecognizer secrets = new SecretRecognizer();

  @Test
  void anExclamationMarkThatBelongsToThePassword() {
    assertThat(Spans.of(secrets, "Wi-Fiのパスワードは kumo_0412! です")).containsExactly("kumo_0412!");
    assertThat(Spans.of(secrets, "공유기 비밀번호는 byeol2025!! 이에요")).containsExactly("byeol2025!!");
  }

  @Test
  void arabicWordsForAPassword() {
    assertThat(Spans.of(secrets, "اسم المستخدم: k.omar\nكلمة المرور المؤقتة: Sidra#4418\n"))
        .containsExactly("Sidra#4418");
  }

  @Test
  void aUserAndPasswordOnAContinuedCommandLine() {
    String cmd =
        "$ curl -X POST https://api.example.net/v1/messages \\\n"
            + "    --data-urlencode \"Body=hello\" \\\n"
            + "    -u svc_sms:c81f0e2b9d7a4c56e3b1f0a9d8c7b6a5\n";
    assertThat(Spans.of(secrets, cmd)).containsExactly("svc_sms:c81f0e2b9d7a4c56e3b1f0a9d8c7b6a5");
  }

  @Test
  void passwordWordsOfThaiArabicWithoutTheArticleAndHebrewWithIt() {
    assertThat(Spans.of(secrets, "กานต์: รหัสผ่านเราเตอร์ใหม่คือ Lotus@Home2567 นะ\nแพร: โอเค\n"))
        .containsExactly("Lotus@Home2567");
    assertThat(Spans.of(secrets, "سامي: كلمة سر الواي فاي Qamar#2024x\nليلى: شكرا\n"))
        .containsExactly("Qamar#2024x");
    assertThat(Spans.of(secrets, "דנה: מה הסיסמה של הראוטר?\nרון: Tapuz!4471\nדנה: תודה\n"))
        .containsExactly("Tapuz!4471");
  }
}
