package dev.indexer.event;

/** Identity of a document: its tenant and its id within the tenant. */
public record DocumentRef(String tenant, String documentId) {

  public DocumentRef {
    if (tenant == null || tenant.isBlank()) {
      throw new InvalidEventException(
          InvalidEventException.Reason.MISSING_TENANT, "tenant is missing");
    }
    if (documentId == null || documentId.isBlank()) {
      throw new InvalidEventException(
          InvalidEventException.Reason.MISSING_DOCUMENT_ID, "document id is missing");
    }
  }

  /** Stable text form used as the Kafka key of status events and the manifest. */
  @Override
  public String toString() {
    return tenant + "/" + documentId;
  }
}
