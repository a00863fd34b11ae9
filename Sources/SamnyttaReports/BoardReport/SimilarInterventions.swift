import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
/// How this evaluation compares with others of the same class group ("Jämförelser med likartade
/// insatser", seed 004): for each key figure, this evaluation's value, the group's mean and median,
/// and the deviation from the mean. A plain value, so the report does not depend on the database:
/// the command fills it from whatever the store offers.
public struct SimilarInterventions: Sendable, Hashable {
  /// The key figures compared, as Payoff's list ranks interventions.
  public static let figures: [KeyFigure] = [.verkningsgrad, .paybackMonths, .costPerVerkningsgrad, .returnPerKrona]

  public struct Comparison: Sendable, Hashable {
    public var figure: KeyFigure
    /// This evaluation's value, `nil` when undefined.
    public var value: Double?
    /// Over the other evaluations of the group where the figure is defined.
    public var mean: Double?
    public var median: Double?
    /// How many of the group's evaluations have the figure defined.
    public var defined: Int

    public init(figure: KeyFigure, value: Double?, mean: Double?, median: Double?, defined: Int) {
      self.figure = figure
      self.value = value
      self.mean = mean
      self.median = median
      self.defined = defined
    }

    /// value − mean, when both exist.
    public var deviationFromMean: Double? {
      guard let value, let mean else { return nil }
      return value - mean
    }
  }

  /// `aim/method[/exclusion]/resources`.
  public var classGroup: String
  /// Other evaluations in the group (this one excluded).
  public var count: Int
  public var comparisons: [Comparison]
  /// The models of the group's runs (figures at different price levels are compared as they are).
  public var models: [String]

  public init(classGroup: String, count: Int, comparisons: [Comparison], models: [String]) {
    self.classGroup = classGroup
    self.count = count
    self.comparisons = comparisons
    self.models = models
  }
}
