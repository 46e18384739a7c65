package dev.indexer.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallersTest {

  final Callers callers = new Callers(true, "tenant", "indexer-admin", "demo");

  @Test
  void anApiKeysTenantIsTheCallersTenant() {
    var identity =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("api-key:svc"))
            .addAttribute(ApiKeyIdentityProvider.TENANT_ATTRIBUTE, "acme")
            .build();
    assertThat(callers.of(identity))
        .isEqualTo(new Caller("api-key:svc", Optional.of("acme"), false));
  }

  @Test
  void anAdminWithoutTenantMaySearchEveryTenant() {
    var identity =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("ops"))
            .addRole("indexer-admin")
            .build();
    assertThat(callers.of(identity)).isEqualTo(Caller.admin("ops"));
  }

  @Test
  void anonymousIs401AndNoTenantIs403() {
    assertThatThrownBy(
            () -> callers.of(QuarkusSecurityIdentity.builder().setAnonymous(true).build()))
        .isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> callers.of(null)).isInstanceOf(UnauthorizedException.class);
    var noTenant =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("x"))
            .addRole("reader")
            .build();
    assertThatThrownBy(() -> callers.of(noTenant)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void withAuthenticationOffEveryoneIsTheAnonymousTenant() {
    Callers off = new Callers(false, "tenant", "indexer-admin", "demo");
    assertThat(off.of(null)).isEqualTo(Caller.ofTenant("anonymous", "demo"));
  }
}
