import Foundation

/// One evaluation of a stored document under one model, to save: what was run, when, and the result.
/// Recording the model, its price year and the engine version lets an old result be reproduced.
public struct NewRun: Sendable, Hashable {
  public var documentID: Int64
  public var modelID: String
  public var priceYear: Int
  public var convention: String
  public var engineVersion: String
  public var runAt: Date
  /// The full result as the adapters render it; empty when ``resultCompact`` is given.
  public var resultJSON: String
  /// The result in binary (`CompactResult`), stored instead of the JSON when given.
  public var resultCompact: Data?
  public var figures: RunFigures

  public init(
    documentID: Int64, modelID: String, priceYear: Int, convention: String, engineVersion: String,
    runAt: Date = Date(), resultJSON: String, resultCompact: Data? = nil, figures: RunFigures
  ) {
    self.resultCompact = resultCompact
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
