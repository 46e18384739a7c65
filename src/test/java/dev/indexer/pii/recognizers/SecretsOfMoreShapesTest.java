package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Secrets of more shapes: a Telegram bot's token, a Teams webhook's URL, a password handed to
 * PowerShell's ConvertTo-SecureString, a router's SNMP community, the credentials of a Docker
 * config's "auth", WordPress's keys and salts, and Authorization headers of other schemes. The same
 * shapes without a secret (a placeholder, a public read-only community, a base64 value that is no
 * user and password) stay unreported.
 */
class SecretsOfMoreShapesTest {

  private final SecretRecognizer r = new SecretRecognizer();

  @Test
  void aBotsTokenAndAWebhooksUrl() {
    assertThat(
            Spans.of(
                r, "bot = telebot.TeleBot(\"6120488315:AAHk3Jq0mZpR7sLx2vWc9dYbEf4Tn1uKo8g\")"))
        .containsExactly("6120488315:AAHk3Jq0mZpR7sLx2vWc9dYbEf4Tn1uKo8g");
    String teams =
        "TEAMS = \"https://contoso.webhook.office.com/webhookb2/7f3c2a10-55d1-4c8e-9a0b-2d6e8f1c4b77@0b9e1d2c-3a4f-4e5d-8c7b-6a5f4e3d2c1b/IncomingWebhook/1f2e3d4c5b6a79881726354453627181/9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d\"";
    assertThat(Spans.of(r, teams)).singleElement().asString().startsWith("https://contoso.webhook");
  }

  @Test
  void aPasswordGivenToPowerShellAndARoutersCommunity() {
    assertThat(
            Spans.of(
                r, "PS C:\\> $pw = ConvertTo-SecureString \"Lant3rn-Quay!\" -AsPlainText -Force"))
        .containsExactly("Lant3rn-Quay!");
    assertThat(Spans.of(r, "snmp-server community Vx9-mgmt-RW-207 RW\n"))
        .containsExactly("Vx9-mgmt-RW-207");
    assertThat(Spans.of(r, "snmp-server community public RO\n")).isEmpty();
    assertThat(Spans.of(r, "snmp-server community S3cr3tC0mm\nsnmp-server location DC1\n"))
        .containsExactly("S3cr3tC0mm");
  }

  @Test
  void theCredentialsOfADockerConfigAndWordPressSalts() {
    // "deploy:Qm7!rT2x" in base64
    String docker =
        "{\n  \"auths\": {\n    \"registry.example.io\": {\n      \"auth\": \"ZGVwbG95OlFtNyFyVDJ4\"\n    }\n  }\n}";
    assertThat(Spans.of(r, docker)).containsExactly("ZGVwbG95OlFtNyFyVDJ4");
    // "hello world" in base64: no user and password
    assertThat(Spans.of(r, "{\"auth\": \"aGVsbG8gd29ybGQ=\"}")).isEmpty();
    String wp = "define( 'NONCE_SALT',       'k#7Tq]W2;z@M-pL^e9!sR&c4Vb*Yh0uX%nD' );";
    assertThat(Spans.of(r, wp)).containsExactly("k#7Tq]W2;z@M-pL^e9!sR&c4Vb*Yh0uX%nD");
    assertThat(Spans.of(r, "define( 'AUTH_KEY', 'put your unique phrase here' );")).isEmpty();
  }

  @Test
  void authorizationHeadersOfOtherSchemes() {
    assertThat(Spans.of(r, "-H 'Authorization: AccessKey Qp4Lr8Zt2Wm6Xy1Nc5Vb9Hk3J'"))
        .containsExactly("Qp4Lr8Zt2Wm6Xy1Nc5Vb9Hk3J");
    assertThat(
            Spans.of(
                r,
                "Authorization: App 5d1f0c9a8b7e6d5c4b3a29181716151a-2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901"))
        .containsExactly("5d1f0c9a8b7e6d5c4b3a29181716151a-2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901");
    assertThat(Spans.of(r, "Authorization: Negotiate with the server first")).isEmpty();
    assertThat(Spans.of(r, "Authorization: see https://docs.example.com/v2/authentication"))
        .isEmpty();
    assertThat(Spans.of(r, "authorization: granted 2024-03-15T10:22:31Z")).isEmpty();
  }
}
