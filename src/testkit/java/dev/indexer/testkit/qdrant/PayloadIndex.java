package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.Collections.PayloadIndexParams;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.Points.FieldType;

/**
 * A payload index definition. Indexes do not change query results here (every filter is a
 * full scan); they exist so that payload_schema reports what real Qdrant would report.
 */
record PayloadIndex(PayloadSchemaType type, PayloadIndexParams params) {

  /** Validates a create-index request the way Qdrant's convert_field_type does. */
  static PayloadIndex of(boolean hasType, FieldType fieldType, boolean hasParams,
      PayloadIndexParams params) {
    if (!hasType || fieldType == FieldType.UNRECOGNIZED) {
      throw Errors.invalid("cannot convert field_type");
    }
    PayloadSchemaType type = schemaType(fieldType);
    if (!hasParams
        || params.getIndexParamsCase() == PayloadIndexParams.IndexParamsCase.INDEXPARAMS_NOT_SET) {
      return new PayloadIndex(type, null);
    }
    PayloadSchemaType paramsType =
        switch (params.getIndexParamsCase()) {
          case KEYWORD_INDEX_PARAMS -> PayloadSchemaType.Keyword;
          case INTEGER_INDEX_PARAMS -> PayloadSchemaType.Integer;
          case FLOAT_INDEX_PARAMS -> PayloadSchemaType.Float;
          case GEO_INDEX_PARAMS -> PayloadSchemaType.Geo;
          case TEXT_INDEX_PARAMS -> PayloadSchemaType.Text;
          case BOOL_INDEX_PARAMS -> PayloadSchemaType.Bool;
          case DATETIME_INDEX_PARAMS -> PayloadSchemaType.Datetime;
          case UUID_INDEX_PARAMS -> PayloadSchemaType.Uuid;
          case INDEXPARAMS_NOT_SET -> type;
        };
    if (paramsType != type) {
      throw Errors.invalid("field_type (" + fieldType + ") and field_index_params do not match");
    }
    return new PayloadIndex(type, params);
  }

  private static PayloadSchemaType schemaType(FieldType fieldType) {
    return switch (fieldType) {
      case FieldTypeKeyword -> PayloadSchemaType.Keyword;
      case FieldTypeInteger -> PayloadSchemaType.Integer;
      case FieldTypeFloat -> PayloadSchemaType.Float;
      case FieldTypeGeo -> PayloadSchemaType.Geo;
      case FieldTypeText -> PayloadSchemaType.Text;
      case FieldTypeBool -> PayloadSchemaType.Bool;
      case FieldTypeDatetime -> PayloadSchemaType.Datetime;
      case FieldTypeUuid -> PayloadSchemaType.Uuid;
      case UNRECOGNIZED -> throw Errors.invalid("cannot convert field_type");
    };
  }
}
