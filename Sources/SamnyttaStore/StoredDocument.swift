import Foundation

/// One stored document in full: `db show` and `db export` read this.
public struct StoredDocument: Sendable, Hashable {
  public var summary: DocumentSummary
  /// The exact bytes that were added.
  public var bytes: Data
  public var compact: Data?
  /// The most recent run, if the document has been evaluated.
  public var latestRun: StoredRun?

  public init(summary: DocumentSummary, bytes: Data, compact: Data?, latestRun: StoredRun?) {
    self.summary = summary
    self.bytes = bytes
    self.compact = compact
    self.latestRun = latestRun
  }
}
