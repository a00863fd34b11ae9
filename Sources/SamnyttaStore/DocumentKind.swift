/// Whether a stored document is a full evaluation input or a summary known only by its published
/// aggregates. Listings mark summaries, because their key figures cannot be re-derived in detail.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
  case full
  case summary
}
