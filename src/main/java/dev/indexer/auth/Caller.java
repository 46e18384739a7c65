package dev.indexer.auth;

import java.util.Optional;

/**
 * Who is calling the read API, as far as authorization goes: the tenant whose data it may read
 * (from its verified identity, never from the request) and whether it may read every tenant.
 */
public record Caller(String name, Optional<String> tenant, boolean admin) {

  public static Caller ofTenant(String name, String tenant) {
    return new Caller(name, Optional.of(tenant), false);
  }

  public static Caller admin(String name) {
    return new Caller(name, Optional.empty(), true);
  }
}
