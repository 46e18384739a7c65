package dev.indexer.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.event.avro.DocumentChangeEvent;
import dev.indexer.event.avro.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.util.Utf8;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evolution rule of the event contract: every field added to the value schema is optional with
 * a default, so that old readers read new data (forward) and new readers read old data (backward).
 * Checked with Avro's own compatibility checker and with real binary encoding.
 */
class EventSchemaEvolutionTest {

  private static Schema v1;
  private static Schema v2;
  private static Schema v2RequiredField;

  @BeforeAll
  static void loadSchemas() throws IOException {
    v1 = new Schema.Parser().parse(Path.of("avro", "DocumentChangeEvent.avsc").toFile());
    v2 = resource("/avro-evolution/DocumentChangeEvent-v2.avsc");
    v2RequiredField = resource("/avro-evolution/DocumentChangeEvent-v2-required-field.avsc");
  }

  @Test
  void contractFileIsWhatTheGeneratedClassWasBuiltFrom() {
    assertThat(SchemaNormalization.parsingFingerprint64(v1))
        .isEqualTo(SchemaNormalization.parsingFingerprint64(DocumentChangeEvent.getClassSchema()));
  }

  @Test
  void v2OnlyAddsOptionalFieldsWithDefaults() {
    assertThat(v2.getFields()).hasSize(v1.getFields().size() + 1);
    for (Schema.Field field : v2.getFields()) {
      if (v1.getField(field.name()) == null) {
        assertThat(field.hasDefaultValue())
            .as("added field %s has a default", field.name())
            .isTrue();
      }
    }
    assertThat(v2.getField("language").schema().getType()).isEqualTo(Schema.Type.UNION);
  }

  @Test
  void v2IsBackwardCompatible_newReaderReadsOldData() {
    var result = SchemaCompatibility.checkReaderWriterCompatibility(v2, v1);
    assertThat(result.getType())
        .as(result.getDescription())
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }

  @Test
  void v2IsForwardCompatible_oldReaderReadsNewData() {
    var result = SchemaCompatibility.checkReaderWriterCompatibility(v1, v2);
    assertThat(result.getType())
        .as(result.getDescription())
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }

  @Test
  void addingARequiredFieldWithoutDefaultIsNotBackwardCompatible() {
    var result = SchemaCompatibility.checkReaderWriterCompatibility(v2RequiredField, v1);
    assertThat(result.getType()).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    assertThat(result.getResult().getIncompatibilities())
        .anySatisfy(
            i ->
                assertThat(i.getType())
                    .isEqualTo(
                        SchemaCompatibility.SchemaIncompatibilityType
                            .READER_FIELD_MISSING_DEFAULT_VALUE));
    // Forward is still fine (an old reader ignores the extra field): it is the backward
    // direction that the rule protects.
    assertThat(SchemaCompatibility.checkReaderWriterCompatibility(v1, v2RequiredField).getType())
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }

  @Test
  void removingARequiredFieldIsNotForwardCompatible() {
    Schema withoutTenant =
        new Schema.Parser()
            .parse(v1.toString().replace("\"name\":\"tenant\"", "\"name\":\"owner\""));
    // A v1 reader cannot fill its required "tenant" from data that no longer has it.
    assertThat(SchemaCompatibility.checkReaderWriterCompatibility(v1, withoutTenant).getType())
        .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
  }

  @Test
  void v1DataReadWithV2GetsTheDefault() throws IOException {
    DocumentChangeEvent event = sampleEvent();
    byte[] bytes = writeSpecific(event);

    GenericRecord read =
        new GenericDatumReader<GenericRecord>(v1, v2)
            .read(null, DecoderFactory.get().binaryDecoder(bytes, null));

    assertThat(read.getSchema().getField("language")).isNotNull();
    assertThat(read.get("language")).isNull();
    assertThat(read.get("eventId")).hasToString(event.getEventId());
    assertThat(read.get("documentId")).hasToString(event.getDocumentId());
    assertThat(read.get("tenant")).hasToString(event.getTenant());
    assertThat(read.get("operation")).hasToString("UPSERT");
    assertThat(read.get("version")).isEqualTo(event.getVersion());
    assertThat(read.get("eventTime")).isEqualTo(event.getEventTime().toEpochMilli());
    assertThat(read.get("title")).hasToString(event.getTitle());
    assertThat(read.get("content")).hasToString(event.getContent());
    assertThat(read.get("contentType")).hasToString("text/markdown");
    assertThat(read.get("sourceUri")).hasToString(event.getSourceUri());
    @SuppressWarnings("unchecked")
    Map<Object, Object> metadata = (Map<Object, Object>) read.get("metadata");
    assertThat(metadata).containsEntry(new Utf8("team"), new Utf8("docs")).hasSize(2);
  }

  @Test
  void v2DataReadWithV1IntoTheGeneratedClassDropsTheNewField() throws IOException {
    DocumentChangeEvent expected = sampleEvent();
    GenericRecord v2Record = new GenericData.Record(v2);
    for (Schema.Field field : v1.getFields()) {
      Object value = expected.get(field.name());
      if (value instanceof Operation) {
        value = new GenericData.EnumSymbol(v2.getField("operation").schema(), value.toString());
      } else if (value instanceof Instant) {
        value = ((Instant) value).toEpochMilli();
      }
      v2Record.put(field.name(), value);
    }
    v2Record.put("language", "en");
    byte[] bytes = writeGeneric(v2Record, v2);

    DocumentChangeEvent read =
        new SpecificDatumReader<DocumentChangeEvent>(v2, DocumentChangeEvent.getClassSchema())
            .read(null, DecoderFactory.get().binaryDecoder(bytes, null));

    assertThat(read).isEqualTo(expected);
  }

  @Test
  void v1RoundTripThroughV2AndBackKeepsEveryV1Field() throws IOException {
    DocumentChangeEvent original = sampleEvent();
    GenericRecord asV2 =
        new GenericDatumReader<GenericRecord>(v1, v2)
            .read(null, DecoderFactory.get().binaryDecoder(writeSpecific(original), null));
    DocumentChangeEvent back =
        new SpecificDatumReader<DocumentChangeEvent>(v2, DocumentChangeEvent.getClassSchema())
            .read(null, DecoderFactory.get().binaryDecoder(writeGeneric(asV2, v2), null));
    assertThat(back).isEqualTo(original);
  }

  static DocumentChangeEvent sampleEvent() {
    return DocumentChangeEvent.newBuilder()
        .setEventId("evt-1")
        .setDocumentId("doc-42")
        .setTenant("acme")
        .setOperation(Operation.UPSERT)
        .setVersion(7L)
        .setEventTime(Instant.parse("2025-03-01T10:15:30.123Z"))
        .setTitle("Release notes")
        .setContent("# Heading\n\nSome text.")
        .setContentType("text/markdown")
        .setSourceUri("https://wiki.example.com/doc-42")
        .setMetadata(Map.of("team", "docs", "lang", "en"))
        .build();
  }

  private static byte[] writeSpecific(DocumentChangeEvent event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new SpecificDatumWriter<DocumentChangeEvent>(DocumentChangeEvent.getClassSchema())
        .write(event, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static byte[] writeGeneric(GenericRecord record, Schema schema) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static Schema resource(String name) throws IOException {
    try (InputStream in = EventSchemaEvolutionTest.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new Schema.Parser().parse(in);
    }
  }
}
