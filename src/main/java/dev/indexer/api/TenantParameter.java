package dev.indexer.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.UriInfo;

/**
 * The tenant of a request is the caller's, from its verified identity. A request that tries to name
 * one is refused rather than silently answered for another tenant than it asked for.
 */
final class TenantParameter {

  private TenantParameter() {}

  static void reject(UriInfo uri) {
    if (uri != null
        && uri.getQueryParameters().keySet().stream().anyMatch(k -> k.equalsIgnoreCase("tenant"))) {
      throw new BadRequestException(
          "the tenant comes from the caller's identity, not from a query parameter");
    }
  }
}
