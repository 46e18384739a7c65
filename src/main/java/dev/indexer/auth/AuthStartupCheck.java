package dev.indexer.auth;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start with authentication on and no way to verify a caller, and says loudly when it is
 * off. Bearer tokens need an issuer, an audience and the issuer's keys; API keys need a file.
 */
@ApplicationScoped
public class AuthStartupCheck {

  static final String ISSUER = "mp.jwt.verify.issuer";
  static final String AUDIENCES = "mp.jwt.verify.audiences";
  static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
  static final String KEY = "mp.jwt.verify.publickey";

  /** What bearer-token verification is configured with (only whether each is set matters). */
  record JwtSettings(
      Optional<String> issuer,
      Optional<String> audiences,
      Optional<String> keyLocation,
      Optional<String> key) {
    boolean any() {
      return issuer.isPresent()
          || audiences.isPresent()
          || keyLocation.isPresent()
          || key.isPresent();
    }

    static JwtSettings from(Config config) {
      return new JwtSettings(
          nonBlank(config, ISSUER),
          nonBlank(config, AUDIENCES),
          nonBlank(config, KEY_LOCATION),
          nonBlank(config, KEY));
    }

    private static Optional<String> nonBlank(Config config, String name) {
      return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }
  }

  void check(
      @Observes StartupEvent start,
      AuthConfig auth,
      Config config,
      ApiKeyIdentityProvider apiKeys) {
    List<String> problems =
        problems(auth.enabled(), JwtSettings.from(config), !apiKeys.keys().isEmpty());
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("; ", problems));
    }
    if (!auth.enabled()) {
      Log.warnf(
          "Authentication is OFF (indexer.auth.enabled=false): anyone who reaches the HTTP port reads tenant '%s'"
              + " through /search and /documents, and may promote and delete generations of the"
              + " index through /admin. For a local trial only.",
          auth.anonymousTenant());
    }
  }

  /** Why the configuration cannot authenticate callers; empty when it can (or need not). */
  static List<String> problems(boolean enabled, JwtSettings jwt, boolean apiKeys) {
    List<String> problems = new ArrayList<>();
    if (!enabled) {
      return problems;
    }
    if (jwt.any()) {
      if (jwt.issuer().isEmpty()) {
        problems.add(
            ISSUER + " is required to accept bearer tokens (the issuer every token must name)");
      }
      if (jwt.audiences().isEmpty()) {
        problems.add(
            AUDIENCES
                + " is required to accept bearer tokens (the audience tokens for this service carry)");
      }
      if (jwt.keyLocation().isEmpty() && jwt.key().isEmpty()) {
        problems.add(
            KEY_LOCATION
                + " is required to accept bearer tokens (the issuer's JWKS URL or key file)");
      }
    } else if (!apiKeys) {
      problems.add(
          "indexer.auth.enabled is true but no caller can be authenticated: set "
              + ISSUER
              + ", "
              + AUDIENCES
              + " and "
              + KEY_LOCATION
              + " (bearer tokens), or indexer.auth.api-keys-file (API keys), or indexer.auth.enabled=false for a local trial");
    }
    return problems;
  }
}
