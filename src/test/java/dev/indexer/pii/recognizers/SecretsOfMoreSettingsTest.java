package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Secrets in the settings and files where operators keep them: aligned Terraform blocks, signing
 * and licence keys, key ids given with their key, .pgpass lines, basic-auth pairs, the data of a
 * Kubernetes Secret, chat webhooks, and passwords told in Japanese, Chinese and Korean.
 */
class SecretsOfMoreSettingsTest {

  private final SecretRecognizer r = new SecretRecognizer();

  @Test
  void alignedAssignmentsOfTerraformAndTfvars() {
    String hcl =
        """
        resource "aws_db_instance" "orders" {
          engine              = "postgres"
          username            = "ordersadmin"
          password            = "Ord-Pg-8vLqTzWm"
        }
        newrelic_license_key    = "5b0e9c2a71d84f36a9c1e07d4b2f8a63"
        """;
    assertThat(Spans.of(r, hcl)).contains("Ord-Pg-8vLqTzWm", "5b0e9c2a71d84f36a9c1e07d4b2f8a63");
  }

  @Test
  void signingLicenceAndAppKeys() {
    assertThat(Spans.of(r, "app.jwt.signing-key=Hq7ZpW2mXc9LrT4vBn8sKd1yFg6JeA3u\n"))
        .containsExactly("Hq7ZpW2mXc9LrT4vBn8sKd1yFg6JeA3u");
    assertThat(Spans.of(r, "sentry_app_key: 0d4c8e2f6a1b9c3e7f5a2d8b4c6e0f1a9b3d7c5e\n"))
        .containsExactly("0d4c8e2f6a1b9c3e7f5a2d8b4c6e0f1a9b3d7c5e");
  }

  @Test
  void aKeyIdGivenWithItsKey() {
    String json =
        """
        {
          "type": "service_account",
          "private_key_id": "9f3b7e1c5a2d8f4b6e0c1a7d3f9b5e2c8a4d6f0b",
          "client_email": "loader@acme-prod.iam.gserviceaccount.com"
        }
        """;
    assertThat(Spans.of(r, json)).contains("9f3b7e1c5a2d8f4b6e0c1a7d3f9b5e2c8a4d6f0b");
  }

  @Test
  void pgpassLines() {
    String pgpass =
        """
        $ cat ~/.pgpass
        db-main.internal:5432:billing:billing_rw:Bq4-tWz9LmXr
        *:*:*:postgres:Kv2!mPq7zT
        """;
    assertThat(Spans.of(r, pgpass)).contains("billing_rw:Bq4-tWz9LmXr", "postgres:Kv2!mPq7zT");
  }

  @Test
  void basicAuthPairs() {
    assertThat(Spans.of(r, "FLOWER_BASIC_AUTH=ops:Wq9zKtRmPvLx\n"))
        .containsExactly("ops:Wq9zKtRmPvLx");
    assertThat(Spans.of(r, "basic_auth: true\n")).isEmpty();
  }

  @Test
  void theDataOfAKubernetesSecret() {
    String secret =
        """
        apiVersion: v1
        kind: Secret
        metadata:
          name: registry-pull
        type: kubernetes.io/dockerconfigjson
        data:
          .dockerconfigjson: eyJhdXRocyI6eyJnaGNyLmlvIjp7ImF1dGgiOiJZMmt0WW05ME9tZG9jRjlZZVhveE1qTTAifX19
        """;
    assertThat(Spans.of(r, secret))
        .contains("eyJhdXRocyI6eyJnaGNyLmlvIjp7ImF1dGgiOiJZMmt0WW05ME9tZG9jRjlZZVhveE1qTTAifX19");
  }

  @Test
  void chatWebhooks() {
    String hook =
        "https://discord.com/api/webhooks/1182736450918273645/"
            + "Zp8-qLm2_XcVb7NrT4wK9sYdF3hJ6gA1eU5oI0mQ7tRz2LxW9vBn4KcS1dHf6JgY3pTa8uE";
    assertThat(Spans.of(r, "alerts:\n  discord_webhook: " + hook + "\n")).contains(hook);
  }

  @Test
  void passwordsToldInJapaneseChineseAndKorean() {
    assertThat(Spans.of(r, "ステージングのDBパスワードは Mk7#vQ2-stg です。")).contains("Mk7#vQ2-stg");
    assertThat(Spans.of(r, "路由器的密码是 Lz9!wR4q，别告诉别人")).contains("Lz9!wR4q");
    assertThat(Spans.of(r, "와이파이 비밀번호는 Tn5$kP8m 입니다")).contains("Tn5$kP8m");
  }

  @Test
  void referencesPlaceholdersAndHashesStayOut() {
    assertThat(Spans.of(r, "app.jwt.signing-key=${JWT_SIGNING_KEY}\n")).isEmpty();
    assertThat(Spans.of(r, "  \"private_key_id\": \"<key-id>\",\n")).isEmpty();
    assertThat(Spans.of(r, "datadog_api_key         = var.datadog_api_key\n")).isEmpty();
    assertThat(
            Spans.of(r, "source_commit           = \"3f9a0c7d21b84e6fa5c09d17be4462a8d1e0f3a2\"\n"))
        .isEmpty();
    assertThat(Spans.of(r, "2024-03-01 10:15:42:INFO:worker-3:started\n")).isEmpty();
    assertThat(Spans.of(r, "fe80:0:0:0:204:61ff:fe9d:f156\n")).isEmpty();
    assertThat(Spans.of(r, "localhost:5432:mydb:postgres:*\n")).isEmpty();
    assertThat(Spans.of(r, "パスワードは 8 文字以上にしてください。")).isEmpty();
    assertThat(
            Spans.of(
                r,
                "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                    + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"))
        .isEmpty();
    assertThat(Spans.of(r, "Password policy\nBad examples: \"Password1\", \"Summer2024!\""))
        .isEmpty();
    assertThat(Spans.of(r, "OPENAI_API_KEY=\nJWT_SECRET=\nADMIN_EMAIL=admin@example.com\n"))
        .isEmpty();
  }

  @Test
  void aListOfSecretsIsReadOnceAndOtherKindsNotAtAll() {
    String list =
        """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Secret
          data:
            blob: c2VjcmV0LXRva2VuLTE=
        - apiVersion: v1
          kind: Secret
          data:
            blob: c2VjcmV0LXRva2VuLTI=
        """;
    assertThat(Spans.of(r, list)).containsExactly("c2VjcmV0LXRva2VuLTE=", "c2VjcmV0LXRva2VuLTI=");
    String configMap = "kind: ConfigMap\ndata:\n  mode: c3RhbmRhcmQtbW9kZQ==\n";
    assertThat(Spans.of(r, configMap)).isEmpty();
    assertThat(Spans.of(r, "kind: SecretProviderClass\ndata:\n  objects: YXJyYXktb2YtdGhpbmdz\n"))
        .isEmpty();
  }

  @Test
  void linesOfOtherStoresAreNoPgpass() {
    assertThat(Spans.of(r, "cache01:6379:sessions:evict:allkeys\n")).isEmpty();
  }

  @Test
  void aDomainNamedExampleIsNoExample() {
    assertThat(Spans.of(r, "The password for the example.org admin is Kv2!mPq7zTx9"))
        .contains("Kv2!mPq7zTx9");
  }

  @Test
  void aSecretsDataAtTheMarginAsTheServiceLeavesIt() {
    String secret =
        "kind: Secret\nmetadata:\nname: db\ndata:\nblob: c2VjcmV0UGFzc3dvcmQ=\ntype: Opaque\n";
    assertThat(Spans.of(r, secret)).containsExactly("c2VjcmV0UGFzc3dvcmQ=");
    String withProse =
        "kind: Secret\nstringData:\napi: Zx8-mQ2wLp\n\nPlease rotate: the old one leaked\n";
    assertThat(Spans.of(r, withProse)).containsExactly("Zx8-mQ2wLp");
  }
}
