package dev.indexer.testkit;

import dev.indexer.auth.ApiKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * A stand-in identity provider for tests: an RSA key pair made on first use, its public key set
 * (JWKS) in a file the application reads as {@code mp.jwt.verify.publickey.location}, and tokens
 * signed with it, well-formed or broken on purpose. Also a file of hashed API keys.
 *
 * <p>The files live in {@code target/test-issuer/}, where the test profile's {@code
 * mp.jwt.verify.publickey.location} and {@code indexer.auth.api-keys-file} point; a new key pair
 * replaces them in every test JVM. Quarkus may load this class in more than one class loader (the
 * test resource manager and the test); the key pair is therefore kept in files under {@code
 * target/} named by a JVM-wide system property, and every class loader reads the same one.
 */
public final class TestIssuer {

  public static final String ISSUER = "https://issuer.test/indexer";
  public static final String AUDIENCE = "vector-indexer";
  public static final String ADMIN_ROLE = "indexer-admin";

  /** API keys in the key file: tenant A's, tenant B's and an admin's (no tenant). */
  public static final String API_KEY_A = "ak-tenant-a-6f1c2e9b7d4a43f0b1e8c5a2d9f7e3b1";

  public static final String API_KEY_B = "ak-tenant-b-0d8e4c1a9b7f42e6a3c5d1b8e7f90a24";
  public static final String API_KEY_ADMIN = "ak-admin-3b9f1d7c5e2a4860b4d2f6e8a1c3b5d7";

  static final String DIR_PROPERTY = "dev.indexer.testkit.test-issuer.dir";

  private static TestIssuer instance;

  private final Path dir;
  private final RsaJsonWebKey key;

  private TestIssuer(Path dir, RsaJsonWebKey key) {
    this.dir = dir;
    this.key = key;
  }

  /** The issuer of this JVM, made on first use. */
  public static TestIssuer get() {
    synchronized (System.getProperties()) {
      if (instance == null) {
        try {
          String existing = System.getProperty(DIR_PROPERTY);
          if (existing != null) {
            Path dir = Path.of(existing);
            instance =
                new TestIssuer(
                    dir,
                    (RsaJsonWebKey)
                        JsonWebKey.Factory.newJwk(Files.readString(dir.resolve("private.jwk"))));
          } else {
            instance = create();
            System.setProperty(DIR_PROPERTY, instance.dir.toString());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (JoseException e) {
          throw new IllegalStateException(e);
        }
      }
      return instance;
    }
  }

  private static TestIssuer create() throws IOException, JoseException {
    // The path application.properties names for the test profile (a location known at build
    // time, or Quarkus would generate a key pair of its own for tests).
    Path dir = Files.createDirectories(Path.of("target", "test-issuer"));
    RsaJsonWebKey key = newKey("test-key-1");
    Files.writeString(
        dir.resolve("private.jwk"), key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
    Files.writeString(
        dir.resolve("jwks.json"),
        new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    Files.write(
        dir.resolve("api-keys"),
        List.of(
            "# name tenant sha256:HEX [roles]",
            "svc-a tenant-a sha256:" + ApiKeys.sha256Hex(API_KEY_A),
            "svc-b tenant-b sha256:" + ApiKeys.sha256Hex(API_KEY_B),
            "ops - sha256:" + ApiKeys.sha256Hex(API_KEY_ADMIN) + " " + ADMIN_ROLE),
        StandardCharsets.UTF_8);
    return new TestIssuer(dir, key);
  }

  /** A fresh RSA key pair, for tokens signed by someone else. */
  public static RsaJsonWebKey newKey(String keyId) {
    try {
      RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
      key.setKeyId(keyId);
      return key;
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The application settings that make it trust this issuer and the API key file. */
  public Map<String, String> config() {
    return Map.of(
        "mp.jwt.verify.publickey.location", dir.resolve("jwks.json").toUri().toString(),
        "indexer.auth.api-keys-file", dir.resolve("api-keys").toAbsolutePath().toString());
  }

  /** Claims of a valid token for a tenant: this issuer, this audience, ten minutes to live. */
  public static JwtClaims claims(String tenant) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setAudience(AUDIENCE);
    claims.setSubject("user-of-" + tenant);
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(10);
    if (tenant != null) {
      claims.setClaim("tenant", tenant);
    }
    return claims;
  }

  /** A valid token of a tenant. */
  public String token(String tenant) {
    return sign(claims(tenant));
  }

  /** A valid token of an admin (no tenant). */
  public String adminToken() {
    JwtClaims claims = claims(null);
    claims.setSubject("admin");
    claims.setStringListClaim("groups", ADMIN_ROLE);
    return sign(claims);
  }

  /** Claims signed with this issuer's key (RS256). */
  public String sign(JwtClaims claims) {
    return sign(claims, key);
  }

  /** Claims signed with any RSA key (RS256). */
  public static String sign(JwtClaims claims, RsaJsonWebKey key) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.getPrivateKey());
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsigned token ({@code alg: none}). */
  public static String unsigned(JwtClaims claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
    jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * HS256 with the issuer's public key bytes as the HMAC secret: the algorithm-confusion attack on
   * verifiers that take the algorithm from the token.
   */
  public String hmacWithPublicKey(JwtClaims claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(new HmacKey(key.getPublicKey().getEncoded()));
    jws.setHeader(HeaderParameterNames.KEY_ID, key.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
    jws.setDoKeyValidation(false);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An expired token of a tenant (expired an hour ago, beyond any clock skew). */
  public String expiredToken(String tenant) {
    JwtClaims claims = claims(tenant);
    claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 7200));
    claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
    return sign(claims);
  }
}
