package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretRecognizerTest {

  private final SecretRecognizer r = new SecretRecognizer();

  @Test
  void vendorTokens() {
    assertThat(Spans.of(r, "AKIAIOSFODNN7EXAMPLE ghp_16C7e42F292c6912E7710c838347Ae178B4a xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"))
        .containsExactly(
            "AKIAIOSFODNN7EXAMPLE", "ghp_16C7e42F292c6912E7710c838347Ae178B4a", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx");
    assertThat(Spans.of(r, "sk_live_4eC39HqLyjWDarjtT1zdp7dc AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI"))
        .containsExactly("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI");
    String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    assertThat(Spans.of(r, "token " + jwt + " end")).containsExactly(jwt);
  }

  @Test
  void awsSecretKeyNeedsContext() {
    assertThat(Spans.of(r, "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
        .containsOnly("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
  }

  @Test
  void awsSecretKeyAlone() {
    assertThat(Spans.of(r, "AWS creds: AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
        .containsOnly("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    assertThat(Spans.of(r, "sha1 wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).isEmpty();
  }

  @Test
  void privateKeyBlocks() {
    String pem = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----";
    assertThat(Spans.of(r, "key:\n" + pem + "\nthanks")).containsExactly(pem);
    assertThat(Spans.of(r, "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabc")).hasSize(1);
    assertThat(Spans.of(r, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")).isEmpty();
  }

  @Test
  void headersAndConfigLines() {
    assertThat(Spans.of(r, "Authorization: Bearer abcDEF123456ghiJKL789\nX-Api-Key: 9f8e7d6c5b4a39281706"))
        .contains("abcDEF123456ghiJKL789", "9f8e7d6c5b4a39281706");
    assertThat(Spans.of(r, "db.password=hunter2\nDB_PASSWORD: \"Tr0ub4dor&3\"\nclient_secret = \"q8Zr2LmT9vXw4Kp1\""))
        .containsExactly("hunter2", "Tr0ub4dor&3", "q8Zr2LmT9vXw4Kp1");
  }

  @Test
  void entropyGateAndPlaceholders() {
    assertThat(Spans.of(r, "commit 3f786850e387550fdab836ed7e6dc881de23001b, id 550e8400-e29b-41d4-a716-446655440000")).isEmpty();
    assertThat(Spans.of(r, "password: ${DB_PASSWORD}\npassword = getPassword()\nthe password is incorrect\ntoken: string"))
        .isEmpty();
  }
}
