package dev.indexer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.indexer.testkit.JwtIssuerResource;
import dev.indexer.testkit.KafkaBrokerResource;
import dev.indexer.testkit.QdrantLocalResource;
import dev.indexer.testkit.TestIssuer;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * The read API under attack: every request of the matrix is refused with the right status, and no
 * answer carries a chunk or a manifest of another tenant. Tenants A and B each own documents; both
 * own one with the same id. Tokens are signed here, with the test issuer's key or others.
 */
@QuarkusTest
@TestProfile(ApiSecurityTest.OwnTopics.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = QdrantLocalResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtIssuerResource.class, restrictToAnnotatedClass = false)
class ApiSecurityTest {

  static final String A = "tenant-a";
  static final String B = "tenant-b";

  /** Topics, consumer group and collection of this test alone. */
  public static class OwnTopics implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "indexer.topics.documents", "security.documents",
          "indexer.topics.status", "security.status",
          "indexer.topics.dead-letter", "security.dlq",
          // The broker is new in every test JVM: so must the Kafka Streams state be.
          "quarkus.kafka-streams.application-id",
              "vector-indexer-security-" + ProcessHandle.current().pid(),
          "indexer.qdrant.collection", "security_documents");
    }
  }

  /** One request of the matrix and the status it must get. */
  record Attack(String name, int expected, Supplier<Response> request, String onlyTenant) {}

  @Test
  void everyAttackIsRefusedAndNoAnswerCarriesAnotherTenantsData() throws IOException {
    indexDocuments();
    TestIssuer issuer = TestIssuer.get();
    String tokenA = issuer.token(A);
    String tokenB = issuer.token(B);
    String otherKey = TestIssuer.sign(TestIssuer.claims(A), TestIssuer.newKey("other-key"));
    String sameKidOtherKey = TestIssuer.sign(TestIssuer.claims(A), TestIssuer.newKey("test-key-1"));
    JwtClaims otherIssuer = TestIssuer.claims(A);
    otherIssuer.setIssuer("https://evil.test/");
    JwtClaims otherAudience = TestIssuer.claims(A);
    otherAudience.setAudience("another-service");
    JwtClaims noAudience = TestIssuer.claims(A);
    noAudience.unsetClaim("aud");
    JwtClaims noExpiry = TestIssuer.claims(A);
    noExpiry.unsetClaim("exp");
    JwtClaims slashTenant = TestIssuer.claims(B + "/x");
    JwtClaims noTenant = TestIssuer.claims(null);

    List<Attack> matrix = new ArrayList<>();
    Function<String, RequestSpecification> bearer =
        t -> given().header("Authorization", "Bearer " + t);
    Function<String, RequestSpecification> apiKey = k -> given().header("X-API-Key", k);
    matrix.add(new Attack("search without credentials", 401, () -> search(given()), null));
    matrix.add(
        new Attack(
            "document without credentials", 401, () -> given().get("/documents/a-only"), null));
    matrix.add(
        new Attack("expired token", 401, () -> search(bearer.apply(issuer.expiredToken(A))), null));
    matrix.add(
        new Attack(
            "token without expiry", 401, () -> search(bearer.apply(issuer.sign(noExpiry))), null));
    matrix.add(
        new Attack(
            "tampered signature", 401, () -> search(bearer.apply(tamperSignature(tokenA))), null));
    matrix.add(
        new Attack(
            "tampered payload (tenant A -> B, signature of A's)",
            401,
            () -> search(bearer.apply(swapTenant(tokenA, A, B))),
            null));
    matrix.add(
        new Attack("signed by an unknown key", 401, () -> search(bearer.apply(otherKey)), null));
    matrix.add(
        new Attack(
            "signed by another key with the issuer's kid",
            401,
            () -> search(bearer.apply(sameKidOtherKey)),
            null));
    matrix.add(
        new Attack(
            "other issuer", 401, () -> search(bearer.apply(issuer.sign(otherIssuer))), null));
    matrix.add(
        new Attack(
            "other audience", 401, () -> search(bearer.apply(issuer.sign(otherAudience))), null));
    matrix.add(
        new Attack("no audience", 401, () -> search(bearer.apply(issuer.sign(noAudience))), null));
    matrix.add(
        new Attack(
            "alg: none",
            401,
            () -> search(bearer.apply(TestIssuer.unsigned(TestIssuer.claims(A)))),
            null));
    matrix.add(
        new Attack(
            "HS256 keyed with the issuer's public key",
            401,
            () -> search(bearer.apply(issuer.hmacWithPublicKey(TestIssuer.claims(A)))),
            null));
    matrix.add(
        new Attack("malformed bearer token", 401, () -> search(bearer.apply("not-a-jwt")), null));
    matrix.add(
        new Attack(
            "token in a query parameter",
            401,
            () ->
                given().queryParam("access_token", tokenA).queryParam("q", "salary").get("/search"),
            null));
    matrix.add(
        new Attack(
            "unknown API key",
            401,
            () -> search(apiKey.apply("ak-guessed-0000000000000000000000000000")),
            null));
    matrix.add(
        new Attack(
            "token of B asks for A's document",
            404,
            () -> bearer.apply(tokenB).get("/documents/a-only"),
            null));
    matrix.add(
        new Attack(
            "API key of B asks for A's document",
            404,
            () -> apiKey.apply(TestIssuer.API_KEY_B).get("/documents/a-only"),
            null));
    matrix.add(
        new Attack(
            "token of B asks for an id both tenants have",
            200,
            () -> bearer.apply(tokenB).get("/documents/shared"),
            B));
    matrix.add(
        new Attack(
            "token of A asks for B's document through an encoded slash",
            404,
            () ->
                bearer.apply(tokenA).urlEncodingEnabled(false).get("/documents/" + B + "%2Fb-only"),
            null));
    matrix.add(
        new Attack(
            "tenant smuggled in a search parameter",
            400,
            () ->
                bearer
                    .apply(tokenA)
                    .queryParam("tenant", B)
                    .queryParam("q", "salary")
                    .get("/search"),
            null));
    matrix.add(
        new Attack(
            "tenant smuggled in a document parameter",
            400,
            () -> bearer.apply(tokenA).queryParam("tenant", B).get("/documents/b-only"),
            null));
    matrix.add(
        new Attack(
            "tenant smuggled in a filter",
            400,
            () ->
                bearer
                    .apply(tokenA)
                    .queryParam("q", "salary")
                    .queryParam("filter", "tenant=" + B)
                    .get("/search"),
            null));
    matrix.add(
        new Attack(
            "filter on a key that is not allowed",
            400,
            () ->
                bearer
                    .apply(tokenA)
                    .queryParam("q", "salary")
                    .queryParam("filter", "owner=bob")
                    .get("/search"),
            null));
    matrix.add(
        new Attack(
            "oversized query",
            400,
            () -> bearer.apply(tokenA).queryParam("q", "salary ".repeat(200)).get("/search"),
            null));
    matrix.add(
        new Attack(
            "token without a tenant claim",
            403,
            () -> search(bearer.apply(issuer.sign(noTenant))),
            null));
    matrix.add(
        new Attack(
            "tenant claim with a slash",
            403,
            () -> search(bearer.apply(issuer.sign(slashTenant))),
            null));
    matrix.add(
        new Attack(
            "metrics on the API port", 404, () -> bearer.apply(tokenA).get("/q/metrics"), null));
    matrix.add(
        new Attack("health details on the API port", 404, () -> given().get("/q/health"), null));
    matrix.add(new Attack("token of A searches", 200, () -> search(bearer.apply(tokenA)), A));
    matrix.add(
        new Attack(
            "API key of B searches", 200, () -> search(apiKey.apply(TestIssuer.API_KEY_B)), B));
    matrix.add(
        new Attack(
            "token of A reads its own document",
            200,
            () -> bearer.apply(tokenA).get("/documents/shared"),
            A));

    List<String> rows = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Attack attack : matrix) {
      Response response = attack.request().get();
      int observed = response.statusCode();
      rows.add("| " + attack.name() + " | " + attack.expected() + " | " + observed + " |");
      if (observed != attack.expected()) {
        failures.add(attack.name() + ": expected " + attack.expected() + ", got " + observed);
      }
      if (observed == 200) {
        String body = response.asString();
        List<String> tenants =
            body.startsWith("[")
                ? response.jsonPath().getList("tenant")
                : List.of(response.jsonPath().getString("tenant"));
        if (tenants.isEmpty() && body.startsWith("[")) {
          failures.add(attack.name() + ": a search of its own tenant found nothing");
        }
        if (!tenants.stream().allMatch(t -> t.equals(attack.onlyTenant()))) {
          failures.add(attack.name() + ": answered with data of tenants " + tenants);
        }
        if (attack.onlyTenant() != null && body.startsWith("[")) {
          assertThat(response.header(SearchResource.SCOPE_HEADER)).isEqualTo("tenant");
        }
      }
    }
    Files.write(Path.of("target", "attack-matrix.md"), rows);
    assertThat(matrix).hasSizeGreaterThanOrEqualTo(20);
    assertThat(failures).as(String.join("\n", rows)).isEmpty();
  }

  @Test
  void anAdminSearchesEveryTenantAndSaysSo() {
    indexDocuments();
    for (RequestSpecification admin :
        List.of(
            given().header("Authorization", "Bearer " + TestIssuer.get().adminToken()),
            given().header("X-API-Key", TestIssuer.API_KEY_ADMIN))) {
      Response response =
          admin.queryParam("q", "salary review").queryParam("limit", 20).get("/search");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.header(SearchResource.SCOPE_HEADER)).isEqualTo("all-tenants");
      assertThat(response.jsonPath().getList("tenant", String.class)).contains(A, B);
    }
  }

  private static Response search(RequestSpecification request) {
    return request.queryParam("q", "salary review").queryParam("limit", 20).get("/search");
  }

  private static String tamperSignature(String token) {
    int dot = token.lastIndexOf('.');
    char[] sig = token.substring(dot + 1).toCharArray();
    sig[sig.length / 2] = sig[sig.length / 2] == 'A' ? 'B' : 'A';
    return token.substring(0, dot + 1) + new String(sig);
  }

  private static String swapTenant(String token, String from, String to) {
    String[] parts = token.split("\\.");
    Base64.Decoder dec = Base64.getUrlDecoder();
    Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
    String payload = new String(dec.decode(parts[1])).replace("\"" + from + "\"", "\"" + to + "\"");
    return parts[0] + "." + enc.encodeToString(payload.getBytes()) + "." + parts[2];
  }

  private static boolean indexed;

  /** Tenant A: a-only and shared (version 1); tenant B: b-only and shared (version 7). */
  private static synchronized void indexDocuments() {
    if (indexed) {
      return;
    }
    EmbeddedKafka kafka = KafkaBrokerResource.kafka();
    kafka.createTopics(1, "security.documents", "security.status", "security.dlq");
    List<ProducerRecord<String, String>> records =
        List.of(
            event(
                A,
                "a-only",
                1,
                "Salary review of team A: the quarterly salary review is due in March."),
            event(A, "shared", 1, "Salary bands of tenant A are reviewed every year."),
            event(B, "b-only", 3, "Salary review of team B: the salary review moves to April."),
            event(B, "shared", 7, "Salary bands of tenant B are reviewed twice a year."));
    kafka.produce("security.documents", new StringSerializer(), new StringSerializer(), records);
    String tokenA = TestIssuer.get().token(A);
    String tokenB = TestIssuer.get().token(B);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () -> {
              for (String[] doc :
                  new String[][] {
                    {tokenA, "a-only"}, {tokenB, "b-only"}, {tokenA, "shared"}, {tokenB, "shared"}
                  }) {
                Response r =
                    given().header("Authorization", "Bearer " + doc[0]).get("/documents/" + doc[1]);
                assertThat(r.statusCode()).as("%s: %s", doc[1], r.asString()).isEqualTo(200);
              }
              // The manifest is read before the transaction's batched Qdrant writes land.
              assertThat(
                      search(given().header("X-API-Key", TestIssuer.API_KEY_ADMIN))
                          .jsonPath()
                          .getList("documentId"))
                  .hasSize(4);
            });
    given()
        .header("Authorization", "Bearer " + tokenB)
        .get("/documents/shared")
        .then()
        .statusCode(200)
        .body("version", org.hamcrest.Matchers.equalTo(7));
    indexed = true;
  }

  private static ProducerRecord<String, String> event(
      String tenant, String id, long version, String content) {
    String json =
        "{\"eventId\":\""
            + tenant
            + "-"
            + id
            + "-"
            + version
            + "\",\"tenant\":\""
            + tenant
            + "\",\"documentId\":\""
            + id
            + "\",\"operation\":\"UPSERT\",\"version\":"
            + version
            + ",\"eventTime\":1767225600000,\"title\":\""
            + id
            + "\",\"content\":\""
            + content
            + "\",\"contentType\":\"text/plain\",\"metadata\":{\"lang\":\"en\"}}";
    return new ProducerRecord<>("security.documents", tenant + "/" + id, json);
  }
}
