import SamnyttaDocuments

/// Which evaluation a document is a version of: its `evaluationId` when it states one, otherwise
/// its name, association and period together. A corrected document with the same identity is a
/// new version of the same evaluation, not a second evaluation (so it never counts twice).
///
/// The keys are exact (no case folding or trimming), and schema migration 2 computes the same keys
/// in SQL for documents stored before versions existed (`Schema.swift`): change both together.
public enum EvaluationIdentity {
  /// `id:ID`, or `nap:NAME␟ASSOCIATION␟PERIOD` (␟ is U+001F, which no name contains).
  public static func key(_ metadata: DocumentMetadata) -> String {
    if let id = metadata.evaluationId { return "id:" + id }
    return "nap:" + metadata.name + "\u{1F}" + metadata.association + "\u{1F}" + (metadata.period ?? "")
  }
}
