package dev.indexer.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Who may call the read API ({@code /search}, {@code /documents}) and which tenant a caller reads.
 * Bearer tokens are verified by SmallRye JWT ({@code mp.jwt.verify.*}); API keys come from {@link
 * #apiKeysFile()}.
 */
@ConfigMapping(prefix = "indexer.auth")
public interface AuthConfig {

  /**
   * Require an authenticated caller on the read API. With {@code false} every caller acts as {@link
   * #anonymousTenant()}: for a local trial only, never where others can reach the port.
   */
  @WithDefault("true")
  boolean enabled();

  /** The token claim that names the caller's tenant (a string claim). */
  @WithDefault("tenant")
  String tenantClaim();

  /**
   * The role (a token's {@code groups}, or an API key's roles) that may search every tenant at
   * once. Such a search says so in its response ({@code X-Search-Scope: all-tenants}).
   */
  @WithDefault("indexer-admin")
  String adminRole();

  /** The tenant every caller reads while authentication is off ({@code enabled=false}). */
  @WithDefault("demo")
  String anonymousTenant();

  /**
   * File of API keys for service-to-service callers, mounted from a Kubernetes Secret: one key a
   * line, {@code name tenant sha256:HEX [role,...]}, where HEX is the SHA-256 of the key (the key
   * itself is never stored) and tenant {@code -} means none (an admin key). Callers send the key in
   * the {@code X-API-Key} header. Unset: no API keys.
   */
  Optional<Path> apiKeysFile();
}
