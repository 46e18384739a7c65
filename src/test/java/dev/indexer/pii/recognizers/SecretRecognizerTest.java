package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretRecognizerTest {

  private final SecretRecognizer r = new SecretRecognizer();

  @Test
  void vendorTokens() {
    assertThat(
            Spans.of(
                r,
                "AKIA4WJPQZ7XK2M3N5RT ghp_16C7e42F292c6912E7710c838347Ae178B4a xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"))
        .containsExactly(
            "AKIA4WJPQZ7XK2M3N5RT",
            "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
            "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx");
    assertThat(
            Spans.of(r, "sk_live_4eC39HqLyjWDarjtT1zdp7dc AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI"))
        .containsExactly(
            "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI");
    String jwt =
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    assertThat(Spans.of(r, "token " + jwt + " end")).containsExactly(jwt);
  }

  @Test
  void theShortestVendorTokenIsFoundInProse() {
    // Texts are searched for vendor prefixes only where a run of token characters can hold one.
    assertThat(Spans.of(r, "Use xoxb-1234567890 now.")).containsExactly("xoxb-1234567890");
    assertThat(Spans.of(r, "Use\nxoxb-1234567890")).containsExactly("xoxb-1234567890");
    assertThat(Spans.of(r, "Use xoxb-123456789 now.")).isEmpty();
    assertThat(
            Spans.of(
                r, "see https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX."))
        .containsExactly("https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX");
  }

  @Test
  void awsSecretKeyNeedsContext() {
    assertThat(Spans.of(r, "aws_secret_access_key = q7Rz2vLm9XwT4bN8kP1sJ6dF3hG0cY5eU/aQwZxK"))
        .containsOnly("q7Rz2vLm9XwT4bN8kP1sJ6dF3hG0cY5eU/aQwZxK");
  }

  @Test
  void awsSecretKeyAlone() {
    assertThat(
            Spans.of(r, "AWS creds: AKIA4WJPQZ7XK2M3N5RT q7Rz2vLm9XwT4bN8kP1sJ6dF3hG0cY5eU/aQwZxK"))
        .containsOnly("AKIA4WJPQZ7XK2M3N5RT", "q7Rz2vLm9XwT4bN8kP1sJ6dF3hG0cY5eU/aQwZxK");
    assertThat(Spans.of(r, "sha1 q7Rz2vLm9XwT4bN8kP1sJ6dF3hG0cY5eU/aQwZxK")).isEmpty();
  }

  @Test
  void privateKeyBlocks() {
    String pem =
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----";
    assertThat(Spans.of(r, "key:\n" + pem + "\nthanks")).containsExactly(pem);
    assertThat(Spans.of(r, "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabc")).hasSize(1);
    assertThat(Spans.of(r, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"))
        .isEmpty();
  }

  @Test
  void headersAndConfigLines() {
    assertThat(
            Spans.of(
                r, "Authorization: Bearer abcDEF123456ghiJKL789\nX-Api-Key: 9f8e7d6c5b4a39281706"))
        .contains("abcDEF123456ghiJKL789", "9f8e7d6c5b4a39281706");
    assertThat(
            Spans.of(
                r,
                "db.password=hunter2\nDB_PASSWORD: \"Tr0ub4dor&3\"\nclient_secret = \"q8Zr2LmT9vXw4Kp1\""))
        .containsExactly("hunter2", "Tr0ub4dor&3", "q8Zr2LmT9vXw4Kp1");
  }

  @Test
  void entropyGateAndPlaceholders() {
    assertThat(
            Spans.of(
                r,
                "commit 3f786850e387550fdab836ed7e6dc881de23001b, id 550e8400-e29b-41d4-a716-446655440000"))
        .isEmpty();
    assertThat(
            Spans.of(
                r,
                "password: ${DB_PASSWORD}\npassword = getPassword()\nthe password is incorrect\ntoken: string"))
        .isEmpty();
  }

  @Test
  void moreVendorTokens() {
    assertThat(
            Spans.of(r, "docker login -u bot --password-stdin <<< dckr_pat_2bX9kLmQ7vRt4YpWn8sZ"))
        .containsExactly("dckr_pat_2bX9kLmQ7vRt4YpWn8sZ");
    assertThat(
            Spans.of(
                r,
                "HF token hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567 and vault hvs.CAESIJ3zEXAMPLEabcdefghijklmn"))
        .containsExactly(
            "hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567", "hvs.CAESIJ3zEXAMPLEabcdefghijklmn");
  }

  @Test
  void passwordsInCommandLines() {
    assertThat(Spans.of(r, "mysql -uroot -pR00t!Passw0rd inventory < dump.sql"))
        .containsExactly("R00t!Passw0rd");
    assertThat(Spans.of(r, "mysqldump -h db -u app -p'x#9 y' shop")).containsExactly("x#9 y");
    assertThat(Spans.of(r, "mysql -h db -u root -p shop"))
        .isEmpty(); // -p alone: the client prompts
    assertThat(Spans.of(r, "sshpass -p 'Deploy#Key99' ssh deploy@host"))
        .containsExactly("Deploy#Key99");
    assertThat(Spans.of(r, "curl -u admin:Adm1nPa55! https://ci/api"))
        .containsExactly("admin:Adm1nPa55!"); // a user and its password given together
    assertThat(Spans.of(r, "curl --user \"$CI_USER:$CI_PASS\" https://ci/api")).isEmpty();
    assertThat(Spans.of(r, "htpasswd -b /etc/nginx/.htpasswd alice Wonderland42"))
        .containsExactly("Wonderland42");
    assertThat(Spans.of(r, "htpasswd -c /etc/nginx/.htpasswd alice")).isEmpty();
  }

  @Test
  void flagsAndBareValuesAfterAPasswordWord() {
    assertThat(
            Spans.of(
                r, "mongo --username admin --password M0ng0Adm!n --authenticationDatabase admin"))
        .containsExactly("M0ng0Adm!n");
    assertThat(
            Spans.of(
                r,
                "machine api.example.com\n  login ops\n  password c2f7a9e1-4b3d-4e8f-9a6c-1d2e3f4a5b6c"))
        .containsExactly("c2f7a9e1-4b3d-4e8f-9a6c-1d2e3f4a5b6c");
    assertThat(Spans.of(r, "user is app, pw St4g!ng-2024")).containsExactly("St4g!ng-2024");
    assertThat(Spans.of(r, "echo $T | docker login ghcr.io -u ci --password-stdin")).isEmpty();
    assertThat(Spans.of(r, "the password reset link expires; password policy v2 applies"))
        .isEmpty();
  }

  @Test
  void settingsThatNameASecretAreNotSecrets() {
    assertThat(
            Spans.of(r, "secret_name: prod/db/credentials\npassword_length = 16\ntoken-ttl: 3600s"))
        .isEmpty();
    assertThat(Spans.of(r, "client_secret: q8Yt~Vn3_Lp0.Wz7Rk2-Hm5Xb9"))
        .containsExactly("q8Yt~Vn3_Lp0.Wz7Rk2-Hm5Xb9");
  }

  @Test
  void aStrongPasswordShortlyAfterAPasswordWord() {
    assertThat(
            Spans.of(
                r,
                "[14:02] jonas: wer hat das Passwort fürs NAS?\n[14:03] mia: Nas#Wohnzimmer77 – bitte ändern"))
        .containsExactly("Nas#Wohnzimmer77");
    assertThat(
            Spans.of(r, "VPN credentials for the trade fair: user fair2024, then K8s-Messe!Hall3."))
        .containsExactly("K8s-Messe!Hall3");
    assertThat(
            Spans.of(
                r,
                "Passwords need 8 characters, e.g. Abcdef12, or a phrase such as Tr0ub4dor&3 but not Summer2024!"))
        .isEmpty();
    assertThat(
            Spans.of(
                r,
                "Reset your password at https://id.example.com/Reset?t=Ab12cd34 or ask it-support@example.com."))
        .isEmpty();
    assertThat(
            Spans.of(
                r,
                "password = user.getPassword2()\nthe password policy changed in v2.1.0 on 2024-03-01T10:00:00Z, id 550e8400-e29b"))
        .isEmpty();
  }

  @Test
  void strongPasswordsAfterShortPasswordFlagsOfAnyTool() {
    assertThat(Spans.of(r, "az login -u admin@contoso.example -p 'Az#Login2024'"))
        .containsExactly("Az#Login2024");
    assertThat(
            Spans.of(
                r, "ldapsearch -x -D cn=admin,dc=example,dc=org -w Ld4pAdm!n -b dc=example,dc=org"))
        .containsExactly("Ld4pAdm!n");
    assertThat(
            Spans.of(
                r, "ssh -p 2222 host; mkdir -p Backup2024/logs; ls -a ~/Docs; grep -P '\\d+' file"))
        .isEmpty();
  }

  @Test
  void quotedValuesRunToTheirClosingQuote() {
    assertThat(
            Spans.of(
                r,
                "DATABASE_PASSWORD='p@ss w0rd with spaces'\nkubectl create secret generic db --from-literal=password=K8sS3cr3t!"))
        .containsExactly("p@ss w0rd with spaces", "K8sS3cr3t!");
  }

  @Test
  void signaturesInUrlsTwilioKeysAndTokensWithoutAnOperator() {
    assertThat(
            Spans.of(
                r,
                "https://a.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=AbCdEf%2BGhIjKlMnOpQrStUv0123456789%3D"))
        .containsExactly("AbCdEf%2BGhIjKlMnOpQrStUv0123456789%3D");
    assertThat(
            Spans.of(
                r,
                "twilio: SKa1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6 / auth token 0123456789abcdef0123456789abcdef"))
        .containsExactly("SKa1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", "0123456789abcdef0123456789abcdef");
    assertThat(
            Spans.of(r, "SKU SK-1234, the token expires, signature: Jane Doe, a token 12345 long"))
        .isEmpty();
  }

  @Test
  void codeNearPasswordWordsIsNotAPassword() {
    String code =
        "def get_user_passwd(self, host, realm, clear_cache=0):\n"
            + "    \"\"\"A password to be set.\"\"\"\n    return \"\\0%s\\0%s\" % (user, password)\n"
            + "    return self.authenticate('CRAM-MD5', self._CRAM_MD5_AUTH)\n"
            + "rep += f\"\\tpassword {attrs[2]}\\n\"";
    assertThat(Spans.of(r, code)).isEmpty();
  }

  @Test
  void shortKeywordsOnlyAsWholeWordsAndIdentifiersAreNotValues() {
    assertThat(
            Spans.of(
                r,
                "op1.sign, op2.sign = op2.sign, op1.sign\n'_sigma': 'Standard deviation of a normal distribution'\n"
                    + "sig = obj.__signature__\nouter.update(password.translate(_trans_5C))"))
        .isEmpty();
  }

  @Test
  void aWebhookUrlWithItsScheme() {
    String hook = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";
    assertThat(Spans.of(r, "SLACK_WEBHOOK=" + hook)).containsExactly(hook);
  }
}
