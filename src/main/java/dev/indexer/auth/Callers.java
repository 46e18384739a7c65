package dev.indexer.auth;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns a verified identity into a {@link Caller}: the tenant comes from the token's tenant claim
 * ({@code indexer.auth.tenant-claim}) or the API key's tenant, never from the request.
 */
@ApplicationScoped
public class Callers {

  private final boolean enabled;
  private final String tenantClaim;
  private final String adminRole;
  private final String anonymousTenant;

  @Inject
  public Callers(AuthConfig config) {
    this(config.enabled(), config.tenantClaim(), config.adminRole(), config.anonymousTenant());
  }

  Callers(boolean enabled, String tenantClaim, String adminRole, String anonymousTenant) {
    this.enabled = enabled;
    this.tenantClaim = tenantClaim;
    this.adminRole = adminRole;
    this.anonymousTenant = anonymousTenant;
  }

  /**
   * The caller behind an identity: 401 without one (while authentication is on), 403 for an
   * identity that names no tenant and is no admin.
   */
  public Caller of(SecurityIdentity identity) {
    if (!enabled) {
      return Caller.ofTenant("anonymous", anonymousTenant);
    }
    if (identity == null || identity.isAnonymous()) {
      throw new UnauthorizedException();
    }
    String name = identity.getPrincipal().getName();
    boolean admin = identity.hasRole(adminRole);
    Optional<String> tenant = tenantOf(identity).filter(t -> !t.isBlank());
    if (tenant.isEmpty() && !admin) {
      throw new ForbiddenException("the caller's identity names no tenant");
    }
    if (tenant.isPresent() && tenant.get().indexOf('/') >= 0) {
      // Document keys are "tenant/id": such a tenant could reach another tenant's keys.
      throw new ForbiddenException("the caller's tenant is not a valid tenant name");
    }
    return new Caller(name, tenant, admin);
  }

  /**
   * An administrator behind an identity: 401 without one, 403 without the admin role. With
   * authentication off ({@code indexer.auth.enabled=false}, the embedded mode) every caller is one.
   */
  public Caller admin(SecurityIdentity identity) {
    if (!enabled) {
      return Caller.admin("anonymous");
    }
    Caller caller = of(identity);
    if (!caller.admin()) {
      throw new ForbiddenException("this call needs the " + adminRole + " role");
    }
    return caller;
  }

  private Optional<String> tenantOf(SecurityIdentity identity) {
    String fromKey = identity.getAttribute(ApiKeyIdentityProvider.TENANT_ATTRIBUTE);
    if (fromKey != null) {
      return Optional.of(fromKey);
    }
    if (identity.getPrincipal() instanceof JsonWebToken jwt) {
      Object claim = jwt.getClaim(tenantClaim);
      if (claim instanceof String s) {
        return Optional.of(s);
      }
      if (claim instanceof JsonString s) {
        return Optional.of(s.getString());
      }
    }
    return Optional.empty();
  }
}
