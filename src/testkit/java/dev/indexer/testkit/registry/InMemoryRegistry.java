package dev.indexer.testkit.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.indexer.event.ConfluentSchemas;
import dev.indexer.event.ConfluentSchemas.Reference;
import dev.indexer.event.ConfluentSchemas.RegisteredSchema;

import io.apicurio.registry.resolver.client.RegistryArtifactReference;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.resolver.client.RegistryVersionCoordinates;
import io.apicurio.registry.resolver.strategy.ArtifactReference;

/**
 * An in-memory Apicurio Registry (v3 semantics) behind the {@link RegistryClientFacade} that the
 * Apicurio 3.1.x serdes accept in their constructors:
 * {@code new AvroKafkaSerializer<>(registry)}, {@code new AvroKafkaDeserializer<>(registry)}.
 * See {@link AvroSerdes} for ready-configured serdes.
 *
 * <p>Artifacts live in groups ({@code "default"} when none is given) and have numbered versions
 * ({@code "1"}, {@code "2"}, ...). Every version gets a new global id; equal content (text and
 * references) shares one content id, as in the real registry. Schema references are stored and
 * returned: the Avro serializer registers nested named types (such as an enum) as artifacts of
 * their own and the referencing schema names them only.
 *
 * <p>Unknown ids, artifacts or versions raise a {@link RegistryProblem} with status 404, like the
 * real HTTP client. Thread-safe (every operation holds the instance lock).
 *
 * <p>It serves the Confluent-compatible API as Apicurio's {@code /apis/ccompat/v7} does: a subject
 * is an artifact of the default group, a Confluent schema id is a content id
 * ({@link #registerConfluent}: {@code POST /subjects/{subject}/versions}; {@link #schemaById}:
 * {@code GET /schemas/ids/{id}}).
 */
public final class InMemoryRegistry implements RegistryClientFacade, ConfluentSchemas {

    public static final String DEFAULT_GROUP = "default";
    public static final String AVRO = "AVRO";

    private static final InMemoryRegistry SHARED = new InMemoryRegistry();
    private static final ObjectMapper JSON = new ObjectMapper();

    private long nextGlobalId = 1;
    private long nextContentId = 1;
    private final Map<Long, StoredContent> contentById = new HashMap<>();
    private final Map<ContentKey, StoredContent> contentByKey = new HashMap<>();
    private final Map<String, StoredContent> contentByHash = new HashMap<>();
    private final Map<Long, StoredVersion> versionByGlobalId = new HashMap<>();
    /** group -> artifactId -> versions in creation order. */
    private final Map<String, Map<String, List<StoredVersion>>> artifacts = new TreeMap<>();

    /** A fresh, empty registry (for tests that need isolation). */
    public InMemoryRegistry() {
    }

    /** The registry shared by everything in this JVM (per class loader). */
    public static InMemoryRegistry shared() {
        return SHARED;
    }

    // ====================================================================== RegistryClientFacade

    @Override
    public synchronized String getSchemaByContentId(Long contentId) {
        return content(contentId).content;
    }

    @Override
    public synchronized String getSchemaByGlobalId(long globalId, boolean dereferenced) {
        StoredVersion version = version(globalId);
        if (dereferenced && AVRO.equals(version.artifactType) && !version.content.references.isEmpty()) {
            return dereferencedAvro(version.content).toString();
        }
        return version.content.content;
    }

    @Override
    public synchronized String getSchemaByGAV(String groupId, String artifactId, String version) {
        return version(groupId, artifactId, version).content.content;
    }

    @Override
    public synchronized String getSchemaByContentHash(String contentHash) {
        StoredContent content = contentByHash.get(contentHash);
        if (content == null) {
            throw RegistryProblem.notFound("No content with hash " + contentHash);
        }
        return content.content;
    }

    @Override
    public synchronized List<RegistryArtifactReference> getReferencesByContentId(long contentId) {
        return List.copyOf(content(contentId).references);
    }

    @Override
    public synchronized List<RegistryArtifactReference> getReferencesByGlobalId(long globalId) {
        return List.copyOf(version(globalId).content.references);
    }

    @Override
    public synchronized List<RegistryArtifactReference> getReferencesByGAV(String groupId, String artifactId,
                                                                        String version) {
        return List.copyOf(version(groupId, artifactId, version).content.references);
    }

    @Override
    public synchronized List<RegistryArtifactReference> getReferencesByContentHash(String contentHash) {
        StoredContent content = contentByHash.get(contentHash);
        if (content == null) {
            throw RegistryProblem.notFound("No content with hash " + contentHash);
        }
        return List.copyOf(content.references);
    }

    /**
     * Versions of the referenced artifact (or of every artifact of the group when the reference
     * has no artifact id) whose content equals {@code schemaString}: the same text, the same JSON,
     * or, for Avro, the same parsing canonical form. Newest first.
     */
    @Override
    public synchronized List<RegistryVersionCoordinates> searchVersionsByContent(String schemaString, String artifactType,
                                                                              ArtifactReference reference,
                                                                              boolean canonical) {
        String groupId = group(reference == null ? null : reference.getGroupId());
        String artifactId = reference == null ? null : reference.getArtifactId();
        Map<String, List<StoredVersion>> group = artifacts.getOrDefault(groupId, Map.of());
        Collection<List<StoredVersion>> candidates = artifactId == null ? group.values()
                : List.of(group.getOrDefault(artifactId, List.of()));
        return candidates.stream()
                .flatMap(List::stream)
                .filter(v -> artifactType == null || artifactType.equals(v.artifactType))
                .filter(v -> sameContent(v, schemaString))
                .sorted(Comparator.comparingLong((StoredVersion v) -> v.globalId).reversed())
                .map(StoredVersion::coordinates)
                .collect(Collectors.toList());
    }

    /**
     * Registers content as a version of an artifact, with the Apicurio 3 {@code ifExists} rules:
     * {@code FAIL} (409 if the artifact exists), {@code CREATE_VERSION} (always a new version),
     * {@code FIND_OR_CREATE_VERSION} (the default: reuse a version with the same content and
     * references, else a new version).
     */
    @Override
    public synchronized RegistryVersionCoordinates createSchema(String artifactType, String groupId, String artifactId,
                                                                String version, String autoCreateBehavior,
                                                                boolean canonical, String schemaString,
                                                                Set<RegistryArtifactReference> references) {
        Objects.requireNonNull(schemaString, "schema content");
        String group = group(groupId);
        String id = artifactId == null || artifactId.isBlank() ? UUID.randomUUID().toString() : artifactId;
        String type = artifactType == null ? AVRO : artifactType;
        String ifExists = autoCreateBehavior == null ? "FIND_OR_CREATE_VERSION" : autoCreateBehavior;
        List<RegistryArtifactReference> refs = normalise(references);

        List<StoredVersion> versions = artifacts.computeIfAbsent(group, g -> new TreeMap<>()).get(id);
        if (versions != null && !versions.isEmpty()) {
            if ("FAIL".equalsIgnoreCase(ifExists)) {
                throw RegistryProblem.conflict("Artifact " + group + "/" + id + " already exists");
            }
            if (version != null) {
                for (StoredVersion existing : versions) {
                    if (existing.version.equals(version)) {
                        if (existing.content.matches(schemaString, refs)) {
                            return existing.coordinates();
                        }
                        throw RegistryProblem.conflict("Version " + version + " of " + group + "/" + id
                                + " already exists with different content");
                    }
                }
            } else if (!"CREATE_VERSION".equalsIgnoreCase(ifExists)) {
                for (int i = versions.size() - 1; i >= 0; i--) {
                    StoredVersion existing = versions.get(i);
                    if (existing.content.matches(schemaString, refs)) {
                        return existing.coordinates();
                    }
                }
            }
        }
        return addVersion(type, group, id, version, schemaString, refs).coordinates();
    }

    @Override
    public synchronized RegistryVersionCoordinates getVersionCoordinatesByGAV(String groupId, String artifactId,
                                                                              String version) {
        return version(groupId, artifactId, version).coordinates();
    }

    /** There is no HTTP client behind this registry. */
    @Override
    public Object getClient() {
        return null;
    }

    // ====================================================================== Confluent-compatible API

    /**
     * {@code GET /schemas/ids/{id}}: the schema of a content id with its references, as a Confluent
     * registry answers; 404 if unknown. References this API cannot name (another group, a version
     * that is not a number) are inlined instead.
     */
    @Override
    public synchronized RegisteredSchema schemaById(int id) {
        return confluent(content((long) id));
    }

    /** {@code GET /subjects/{subject}/versions/{version}} (negative: the latest); 404 if unknown. */
    @Override
    public synchronized RegisteredSchema schemaByVersion(String subject, int version) {
        return confluent(version(DEFAULT_GROUP, subject, version < 0 ? null : Integer.toString(version)).content);
    }

    /** {@code POST /subjects/{subject}/versions}: registers an Avro schema under a subject, returns its id. */
    public int registerConfluent(String subject, Schema schema) {
        return Math.toIntExact(registerAvro(DEFAULT_GROUP, subject, schema).getContentId());
    }

    /**
     * {@code POST /subjects/{subject}/versions} with {@code references}: registers schema text that
     * names the types of other subjects' versions; returns its id. A reference that does not resolve
     * is refused (404), as a Confluent registry refuses it.
     */
    public int registerConfluent(String subject, String schema, List<Reference> references) {
        Set<RegistryArtifactReference> refs = references.stream()
                .map(r -> RegistryArtifactReference.builder()
                        .name(r.name())
                        .groupId(DEFAULT_GROUP)
                        .artifactId(r.subject())
                        .version(Integer.toString(r.version()))
                        .build())
                .collect(Collectors.toSet());
        return Math.toIntExact(register(AVRO, DEFAULT_GROUP, subject, schema, refs).getContentId());
    }

    /** The latest version number of a subject, as a Confluent registry numbers them. */
    public synchronized int latestConfluentVersion(String subject) {
        return Integer.parseInt(version(DEFAULT_GROUP, subject, null).version);
    }

    /**
     * Forgets a version of a subject, so that a schema referencing it no longer resolves (a hard
     * delete on a Confluent registry). Schemas of the same content under other versions stay.
     */
    public synchronized void deleteConfluentVersion(String subject, int version) {
        StoredVersion stored = version(DEFAULT_GROUP, subject, Integer.toString(version));
        artifacts.get(DEFAULT_GROUP).get(subject).remove(stored);
        versionByGlobalId.remove(stored.globalId);
    }

    private RegisteredSchema confluent(StoredContent content) {
        List<Reference> references = new ArrayList<>();
        for (RegistryArtifactReference ref : content.references) {
            if (!DEFAULT_GROUP.equals(group(ref.getGroupId())) || ref.getVersion() == null
                    || !ref.getVersion().chars().allMatch(Character::isDigit)) {
                return RegisteredSchema.of(dereferencedAvro(content).toString());
            }
            references.add(new Reference(ref.getName(), ref.getArtifactId(), Integer.parseInt(ref.getVersion())));
        }
        return new RegisteredSchema(content.content, references);
    }

    // ====================================================================== extras for tests

    /** Registers an Avro schema (fully inlined, no references) as a new or matching version. */
    public RegistryVersionCoordinates registerAvro(String groupId, String artifactId, Schema schema) {
        return createSchema(AVRO, groupId, artifactId, null, "FIND_OR_CREATE_VERSION", false, schema.toString(), Set.of());
    }

    /** Registers content with references as a new or matching version. */
    public RegistryVersionCoordinates register(String artifactType, String groupId, String artifactId, String content,
                                               Set<RegistryArtifactReference> references) {
        return createSchema(artifactType, groupId, artifactId, null, "FIND_OR_CREATE_VERSION", false, content, references);
    }

    /** Artifact ids of a group ({@code null}: the default group), sorted. */
    public synchronized List<String> artifactIds(String groupId) {
        return List.copyOf(artifacts.getOrDefault(group(groupId), Map.of()).keySet());
    }

    /** Version numbers of an artifact in creation order; empty if it does not exist. */
    public synchronized List<String> versions(String groupId, String artifactId) {
        return artifacts.getOrDefault(group(groupId), Map.of()).getOrDefault(artifactId, List.of()).stream()
                .map(v -> v.version)
                .collect(Collectors.toList());
    }

    /** The schema of a content id with its references inlined (Avro only). */
    public synchronized Schema avroSchemaByContentId(long contentId) {
        return dereferencedAvro(content(contentId));
    }

    /** Number of distinct contents stored. */
    public synchronized int contentCount() {
        return contentById.size();
    }

    /**
     * Forgets everything. Serdes cache what they resolved, so clear only between tests that
     * build their own serdes; ids are not reused after a clear.
     */
    public synchronized void clear() {
        contentById.clear();
        contentByKey.clear();
        contentByHash.clear();
        versionByGlobalId.clear();
        artifacts.clear();
    }

    @Override
    public synchronized String toString() {
        return "InMemoryRegistry[" + versionByGlobalId.size() + " versions, " + contentById.size() + " contents]";
    }

    // ====================================================================== internals

    private StoredVersion addVersion(String type, String group, String artifactId, String version, String text,
                                     List<RegistryArtifactReference> refs) {
        for (RegistryArtifactReference ref : refs) {
            version(ref.getGroupId(), ref.getArtifactId(), ref.getVersion()); // references must resolve (404 otherwise)
        }
        List<StoredVersion> versions = artifacts.computeIfAbsent(group, g -> new TreeMap<>())
                .computeIfAbsent(artifactId, a -> new ArrayList<>());
        String number = version != null ? version : String.valueOf(versions.stream()
                .map(v -> v.version)
                .filter(v -> v.chars().allMatch(Character::isDigit))
                .mapToLong(Long::parseLong)
                .max().orElse(0) + 1);
        StoredContent content = contentByKey.computeIfAbsent(new ContentKey(text, Set.copyOf(refs)), key -> {
            StoredContent created = new StoredContent(nextContentId++, text, refs);
            contentById.put(created.contentId, created);
            contentByHash.putIfAbsent(created.hash, created);
            return created;
        });
        StoredVersion stored = new StoredVersion(nextGlobalId++, group, artifactId, number, type, content);
        versions.add(stored);
        versionByGlobalId.put(stored.globalId, stored);
        return stored;
    }

    private StoredContent content(Long contentId) {
        StoredContent content = contentId == null ? null : contentById.get(contentId);
        if (content == null) {
            throw RegistryProblem.notFound("No content with id " + contentId);
        }
        return content;
    }

    private StoredVersion version(long globalId) {
        StoredVersion version = versionByGlobalId.get(globalId);
        if (version == null) {
            throw RegistryProblem.notFound("No artifact version with global id " + globalId);
        }
        return version;
    }

    private StoredVersion version(String groupId, String artifactId, String version) {
        String group = group(groupId);
        List<StoredVersion> versions = artifacts.getOrDefault(group, Map.of()).get(artifactId);
        if (versions == null || versions.isEmpty()) {
            throw RegistryProblem.notFound("No artifact " + group + "/" + artifactId);
        }
        if (version == null || version.equals("latest") || version.equals("branch=latest")) {
            return versions.get(versions.size() - 1);
        }
        return versions.stream()
                .filter(v -> v.version.equals(version))
                .findFirst()
                .orElseThrow(() -> RegistryProblem.notFound("No version " + version + " of artifact "
                        + group + "/" + artifactId));
    }

    private static String group(String groupId) {
        return groupId == null || groupId.isBlank() ? DEFAULT_GROUP : groupId;
    }

    private static List<RegistryArtifactReference> normalise(Set<RegistryArtifactReference> references) {
        if (references == null || references.isEmpty()) {
            return List.of();
        }
        return references.stream()
                .map(r -> RegistryArtifactReference.builder()
                        .name(r.getName())
                        .groupId(group(r.getGroupId()))
                        .artifactId(r.getArtifactId())
                        .version(r.getVersion())
                        .build())
                .sorted(Comparator.comparing(RegistryArtifactReference::getName, Comparator.nullsFirst(String::compareTo)))
                .collect(Collectors.toList());
    }

    private boolean sameContent(StoredVersion candidate, String text) {
        if (candidate.content.content.equals(text)) {
            return true;
        }
        if (sameJson(candidate.content.content, text)) {
            return true;
        }
        if (!AVRO.equals(candidate.artifactType)) {
            return false;
        }
        try {
            Schema stored = dereferencedAvro(candidate.content);
            Schema searched = parseSearched(text, stored);
            return searched != null
                    && SchemaNormalization.parsingFingerprint64(stored) == SchemaNormalization.parsingFingerprint64(searched);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Parses searched content either as a self-contained schema or as one naming the stored schema's types. */
    private static Schema parseSearched(String text, Schema stored) {
        try {
            return new Schema.Parser().parse(text);
        } catch (RuntimeException selfContainedFailed) {
            try {
                Schema.Parser parser = new Schema.Parser();
                parser.addTypes(namedTypes(stored, new LinkedHashMap<>()).values().stream()
                        .filter(s -> !s.getFullName().equals(stored.getFullName()))
                        .collect(Collectors.toList()));
                return parser.parse(text);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    private static boolean sameJson(String a, String b) {
        try {
            JsonNode left = JSON.readTree(a);
            JsonNode right = JSON.readTree(b);
            return left != null && left.equals(right);
        } catch (Exception e) {
            return false;
        }
    }

    /** Parses an Avro content with every (transitive) reference defined first. */
    private Schema dereferencedAvro(StoredContent content) {
        Schema.Parser parser = new Schema.Parser();
        defineReferences(parser, content.references, new HashSet<>());
        return parser.parse(content.content);
    }

    private void defineReferences(Schema.Parser parser, List<RegistryArtifactReference> references, Set<Long> done) {
        for (RegistryArtifactReference ref : references) {
            StoredVersion referenced = version(ref.getGroupId(), ref.getArtifactId(), ref.getVersion());
            if (!done.add(referenced.globalId)) {
                continue;
            }
            defineReferences(parser, referenced.content.references, done);
            if (ref.getName() != null && parser.getTypes().containsKey(ref.getName())) {
                continue;
            }
            parser.parse(referenced.content.content);
        }
    }

    private static Map<String, Schema> namedTypes(Schema schema, Map<String, Schema> found) {
        switch (schema.getType()) {
            case RECORD:
                if (found.putIfAbsent(schema.getFullName(), schema) == null) {
                    schema.getFields().forEach(f -> namedTypes(f.schema(), found));
                }
                break;
            case ENUM:
            case FIXED:
                found.putIfAbsent(schema.getFullName(), schema);
                break;
            case UNION:
                schema.getTypes().forEach(t -> namedTypes(t, found));
                break;
            case ARRAY:
                namedTypes(schema.getElementType(), found);
                break;
            case MAP:
                namedTypes(schema.getValueType(), found);
                break;
            default:
                break;
        }
        return found;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record ContentKey(String content, Set<RegistryArtifactReference> references) {
    }

    private static final class StoredContent {
        final long contentId;
        final String content;
        final List<RegistryArtifactReference> references;
        final String hash;

        StoredContent(long contentId, String content, List<RegistryArtifactReference> references) {
            this.contentId = contentId;
            this.content = content;
            this.references = List.copyOf(references);
            this.hash = sha256(references.isEmpty() ? content : content + references);
        }

        boolean matches(String text, List<RegistryArtifactReference> refs) {
            return content.equals(text) && Set.copyOf(references).equals(Set.copyOf(refs));
        }
    }

    private static final class StoredVersion {
        final long globalId;
        final String groupId;
        final String artifactId;
        final String version;
        final String artifactType;
        final StoredContent content;

        StoredVersion(long globalId, String groupId, String artifactId, String version, String artifactType,
                      StoredContent content) {
            this.globalId = globalId;
            this.groupId = groupId;
            this.artifactId = artifactId;
            this.version = version;
            this.artifactType = artifactType;
            this.content = content;
        }

        RegistryVersionCoordinates coordinates() {
            return RegistryVersionCoordinates.create(globalId, content.contentId, groupId, artifactId, version);
        }
    }
}
