import Foundation

/// A saved run, as read back from the database.
public struct StoredRun: Sendable, Hashable {
  public var id: Int64
  public var documentID: Int64
  public var modelID: String
  public var priceYear: Int
  public var convention: String
  public var engineVersion: String
  /// ISO 8601 UTC text as stored.
  public var runAt: String
  /// The stored result JSON; empty when the run stored its result compactly (``resultCompact``).
  public var resultJSON: String
  /// The result in binary (`CompactResult`), for runs stored since schema version 3 by `batch` and `add`.
  public var resultCompact: Data?
  public var figures: RunFigures

  public init(
    id: Int64, documentID: Int64, modelID: String, priceYear: Int, convention: String, engineVersion: String,
    runAt: String, resultJSON: String, resultCompact: Data? = nil, figures: RunFigures
  ) {
    self.resultCompact = resultCompact
    self.id = id
    self.documentID = documentID
    self.modelID = modelID
    self.priceYear = priceYear
    self.convention = convention
    self.engineVersion = engineVersion
    self.runAt = runAt
    self.resultJSON = resultJSON
    self.figures = figures
  }
}
