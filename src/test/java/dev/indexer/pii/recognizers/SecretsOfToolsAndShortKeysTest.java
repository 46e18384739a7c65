package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Secrets given to command-line tools whose flags carry no password word (redis-cli -a, docker
 * login -p, smbclient -U user%secret), a user and its password passed together as one value (curl
 * -u user:secret), and settings named with a short "pass" (DB_PASS, pass=). A pass that is no
 * password (a boarding pass, a passport) and a value the vault encrypted stay unreported.
 */
class SecretsOfToolsAndShortKeysTest {

  private final SecretRecognizer secrets = new SecretRecognizer();

  @Test
  void aUserAndItsPasswordGivenToCurlAreOneValue() {
    assertThat(Spans.of(secrets, "curl -sS -u buildbot:Vq8rTn2Lx7Wm https://ci.internal/api/jobs"))
        .containsExactly("buildbot:Vq8rTn2Lx7Wm");
  }

  @Test
  void aUserAloneGivenToCurlIsNoSecret() {
    assertThat(Spans.of(secrets, "curl -u buildbot https://ci.internal/api/jobs")).isEmpty();
  }

  @Test
  void settingsNamedWithAShortPass() {
    assertThat(Spans.of(secrets, "DB_PASS='Heron&Slate!418'")).containsExactly("Heron&Slate!418");
    assertThat(Spans.of(secrets, "MAIL_SMTP_PASS=Copperfield77Wren"))
        .containsExactly("Copperfield77Wren");
    assertThat(Spans.of(secrets, "backup job: user=svc_archive pass=Polarlys#5521"))
        .containsExactly("Polarlys#5521");
    // an INI or rclone file spaces its "=": "pass = ...", "key_file_pass = ..."
    assertThat(
            Spans.of(
                secrets,
                "[jobbet]\ntype = sftp\nuser = backup\npass = DrqcpRDcgXLPToD8ma9D3aHm1QF9xuo9MURod\n"
                    + "key_file_pass = Fjallripa-Gront-93\n"))
        .containsExactly("DrqcpRDcgXLPToD8ma9D3aHm1QF9xuo9MURod", "Fjallripa-Gront-93");
    assertThat(Spans.of(secrets, "Tests: pass = 12873, fail = 0")).isEmpty();
  }

  /**
   * Account ids that come with their secrets: Twilio's account SID, Alibaba Cloud's AccessKey ID.
   */
  @Test
  void accountIdsOfTelephonyAndCloudVendors() {
    assertThat(
            Spans.of(
                secrets,
                "TWILIO_SID=ACf053c1dc59cda072603b25981aa45f8c\nTWILIO_AUTH_TOKEN=63d3046a9bd8625b900a93c4647dbbe2"))
        .contains("ACf053c1dc59cda072603b25981aa45f8c");
    // alone, in a log line, an account id names the account and is no secret
    assertThat(
            Spans.of(
                secrets,
                "INFO sms.sent AccountSid=ACa95de316218ed417cc06ede59e4602bb status=queued"))
        .isEmpty();
    assertThat(
            Spans.of(
                secrets,
                "Client(\"AC6f980227d08429504dfd411cbb4e0e90\", \"6f64232373af2d39540d77948692bdcc\")"
                    + "  # account_sid, auth_token"))
        .contains("AC6f980227d08429504dfd411cbb4e0e90");
    assertThat(
            Spans.of(
                secrets,
                "AccessKey ID: LTAI5tZomLZ5ZSWptscR0VWW\nAccessKey Secret: J3nDerZ8ja9LweQ8HBAKgF6NjFb96M"))
        .contains("LTAI5tZomLZ5ZSWptscR0VWW");
    assertThat(Spans.of(secrets, "account_sid = ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")).isEmpty();
  }

  @Test
  void aPassThatIsNoPassword() {
    assertThat(Spans.of(secrets, "Boarding pass: BA0117 seat 23C, gate closes 10:40")).isEmpty();
    assertThat(Spans.of(secrets, "passport=GB; bypass=true; compass: north")).isEmpty();
  }

  @Test
  void resultsOfTestRunnersAreNoPasswords() {
    assertThat(Spans.of(secrets, "PASS: t/basic.sh\nPASS: t/retry.sh\nFAIL: t/slow.sh\n"))
        .isEmpty();
    assertThat(Spans.of(secrets, "pass: 98.5%\nfail: 1.5%\n")).isEmpty();
  }

  @Test
  void passwordsOfToolsWithoutAPasswordFlag() {
    assertThat(Spans.of(secrets, "redis-cli -h cache-01 -a Tq7vLm2Xr9Kp ping"))
        .containsExactly("Tq7vLm2Xr9Kp");
    assertThat(Spans.of(secrets, "docker login -u deployer -p 7c1e9a2f4b6d8e03 registry.local"))
        .containsExactly("7c1e9a2f4b6d8e03");
    assertThat(Spans.of(secrets, "docker login --username deployer --password Wk3!pZ8qR2 reg.io"))
        .containsExactly("Wk3!pZ8qR2");
    assertThat(Spans.of(secrets, "smbclient //nas01/scans -U mlindgren%Birch-Canoe-6"))
        .containsExactly("mlindgren%Birch-Canoe-6");
  }

  @Test
  void aValueTheVaultEncryptedIsNoSecretInClear() {
    assertThat(
            Spans.of(
                secrets,
                "db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n"
                    + "          38626463316532346139\n"))
        .isEmpty();
  }
}
