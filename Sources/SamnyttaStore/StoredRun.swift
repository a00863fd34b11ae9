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
  public var resultJSON: String
  public var figures: RunFigures

  public init(
    id: Int64, documentID: Int64, modelID: String, priceYear: Int, convention: String, engineVersion: String,
    runAt: String, resultJSON: String, figures: RunFigures
  ) {
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
