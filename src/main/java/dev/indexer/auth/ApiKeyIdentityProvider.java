package dev.indexer.auth;

import dev.indexer.auth.ApiKeyAuthenticationMechanism.ApiKeyRequest;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Accepts an API key whose SHA-256 is in the key file ({@code indexer.auth.api-keys-file}); the
 * identity carries the key's name, roles and tenant ({@link #TENANT_ATTRIBUTE}).
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

  /** Identity attribute holding an API key's tenant. */
  public static final String TENANT_ATTRIBUTE = "dev.indexer.auth.tenant";

  private final ApiKeys keys;

  public ApiKeyIdentityProvider(AuthConfig config) {
    this.keys =
        config
            .apiKeysFile()
            .map(f -> ApiKeys.load(f, "indexer.auth.api-keys-file"))
            .orElseGet(ApiKeys::none);
    if (!keys.isEmpty()) {
      Log.infof("API keys: %d accepted (indexer.auth.api-keys-file)", keys.size());
    }
  }

  ApiKeys keys() {
    return keys;
  }

  @Override
  public Class<ApiKeyRequest> getRequestType() {
    return ApiKeyRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiKeyRequest request, AuthenticationRequestContext context) {
    var entry = keys.find(new String(request.key().getPassword()));
    if (entry.isEmpty()) {
      // Never log the key; the caller learns only that it was refused.
      return Uni.createFrom().failure(new AuthenticationFailedException("unknown API key"));
    }
    var builder =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("api-key:" + entry.get().name()))
            .addRoles(entry.get().roles());
    entry.get().tenant().ifPresent(t -> builder.addAttribute(TENANT_ATTRIBUTE, t));
    return Uni.createFrom().item(builder.build());
  }
}
