package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Logins of people in system logs, not of services; the account of a connection string is a
 * database's.
 */
class LoginsInLogsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void loginsOfPeopleInSystemLogsNotOfServices() {
    String log =
        "May 3 10:01:02 bastion sshd[311]: Accepted publickey for okeller from 10.2.3.4 port 5\n"
            + "May 3 10:01:09 bastion sudo:   okeller : TTY=pts/1 ; PWD=/home ; USER=root\n"
            + "May 3 10:02:00 bastion sshd[319]: Failed password for invalid user admin from 1.2.3.4\n"
            + "May 3 10:03:00 radius: Access-Accept user=pnadal nas=ap-3\n"
            + "May 3 10:04:00 cron: session opened for user svc_backup";
    assertThat(Spans.of(person, log)).containsExactly("okeller", "okeller", "pnadal");
  }

  @Test
  void theAccountOfAConnectionStringIsNoPerson() {
    assertThat(Spans.of(person, "conn = connect(host=\"db\", user=\"etl\", password=pw)"))
        .isEmpty();
  }

  @Test
  void loginsOfPeopleInMailServerLogs() {
    String log =
        "mail01 dovecot: imap-login: Login: user=<s.winkelmann>, method=PLAIN, rip=91.64.1.2\n"
            + "mail01 dovecot: imap(s.winkelmann): Logged out in=412 out=88213\n"
            + "mail01 postfix/smtpd[22]: client=x[1.2.3.4], sasl_method=PLAIN, sasl_username=kboateng\n"
            + "mail01 dovecot: imap(postmaster): Logged out";
    assertThat(Spans.of(person, "dovecot: lmtp(a.nowak)<123><x>: saved mail to INBOX"))
        .containsExactly("a.nowak");
    assertThat(Spans.of(person, log)).containsExactly("s.winkelmann", "s.winkelmann", "kboateng");
  }
}
