import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

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
  /// The model (and price year) every figure of the comparison is at.
  public var models: [String]
  /// Which peer group was used (the class group, or a broader one when it holds too few).
  public var level: PeerGroup.Level = .classGroup
  /// The group's key (`primary/traditional/*/medium`, …).
  public var peerKey: String = ""
  /// The peers a mean needs to carry a judgement.
  public var minimum: Int = 1
  public var priceYear: Int? = nil
  /// The national reference's figures, by figure, and its name; empty when none is stored.
  public var reference: [KeyFigure: Double] = [:]
  public var referenceName: String? = nil

  public init(classGroup: String, count: Int, comparisons: [Comparison], models: [String]) {
    self.classGroup = classGroup
    self.count = count
    self.comparisons = comparisons
    self.models = models
  }
}
