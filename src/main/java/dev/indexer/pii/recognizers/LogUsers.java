package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The login of a person in the logs of sshd, sudo, PAM, RADIUS, Dovecot and Postfix: "Accepted
 * publickey for jdoyle from", "sudo: jdoyle : TTY=", "session opened for user mvaldez",
 * "Access-Accept user=mvaldez", "imap-login: Login: user=<s.winkelmann>", "imap(s.winkelmann)",
 * "sasl_username=kboateng"; not "user=" of a connection string, a database account. Accounts of
 * systems and services (root, www-data, postgres, svc_backup, a name ending in "bot") are no
 * person.
 */
final class LogUsers {

  private static final String LOGIN = "([a-z][a-z0-9._-]{1,31})";

  private static final Pattern USER =
      Pattern.compile(
          "(?:(?:Accepted|Failed) (?:password|publickey|keyboard-interactive(?:/pam)?) for (?:invalid user )?"
              + LOGIN
              + " from"
              + "|sudo: {1,4}"
              + LOGIN
              + " : "
              + "|session (?:opened|closed) for user "
              + LOGIN
              + "|Access-(?:Accept|Reject) [^\\n]{0,40}?user=\"?"
              + LOGIN
              + "|(?:imap|pop3)-login: [^\\n]{0,30}?user=<"
              + LOGIN
              + "|(?:imap|pop3|lmtp)\\("
              + LOGIN
              + "\\)"
              + "|sasl_username="
              + LOGIN
              + ")(?![a-z0-9._-])");

  private static final Set<String> SYSTEM =
      Set.of(
          "root",
          "admin",
          "administrator",
          "ubuntu",
          "ec2-user",
          "centos",
          "debian",
          "pi",
          "git",
          "www-data",
          "nobody",
          "postgres",
          "mysql",
          "oracle",
          "deploy",
          "deployer",
          "jenkins",
          "ansible",
          "backup",
          "daemon",
          "guest",
          "test",
          "user",
          "sshd",
          "nginx",
          "apache",
          "redis",
          "docker",
          "gitlab-runner",
          "runner",
          "service",
          "system",
          "operator",
          "support",
          "monitor",
          "nagios",
          "zabbix",
          "postfix",
          "mail",
          "postmaster",
          "ftp",
          "anonymous",
          "unknown");

  void find(String text, List<Finding> out) {
    if (text.indexOf("Accepted ") < 0
        && text.indexOf("Failed ") < 0
        && text.indexOf("session ") < 0
        && text.indexOf("sudo:") < 0
        && text.indexOf("Access-") < 0
        && text.indexOf("imap") < 0
        && text.indexOf("pop3") < 0
        && text.indexOf("lmtp(") < 0
        && text.indexOf("sasl_username=") < 0) {
      return;
    }
    Matcher m = USER.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null && person(m.group(g))) {
          out.add(new Finding(PiiType.PERSON, m.start(g), m.end(g), 0.7));
        }
      }
    }
  }

  /** Whether {@code lower} is the name of a system account or a service ("nginx", "jenkins"). */
  static boolean system(String lower) {
    return SYSTEM.contains(lower);
  }

  private static boolean person(String login) {
    return !SYSTEM.contains(login)
        && !login.startsWith("svc")
        && !login.startsWith("srv")
        && !login.startsWith("sys")
        && !login.startsWith("app")
        && !login.startsWith("ci-")
        && !login.endsWith("bot")
        && !login.startsWith("systemd");
  }
}
