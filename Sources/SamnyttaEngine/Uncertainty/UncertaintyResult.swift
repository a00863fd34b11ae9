/// What an uncertainty analysis is asked for: how many draws, from which seed, at which level.
public struct UncertaintySettings: Sendable, Hashable {
  public static let defaultDraws = 2000
  public static let defaultSeed: UInt64 = 1
  public static let defaultLevel = 90.0
  /// The largest number of draws: a million draws of a large evaluation already take hours.
  public static let maximumDraws = 1_000_000

  public var draws: Int
  public var seed: UInt64
  /// The interval's coverage in percent (90: the 5th to the 95th percentile).
  public var level: Double

  public init(draws: Int = defaultDraws, seed: UInt64 = defaultSeed, level: Double = defaultLevel) {
    self.draws = draws
    self.seed = seed
    self.level = level
  }

  /// The quantiles of the interval's ends and its middle: (1 − level) / 2, 0.5, (1 + level) / 2.
  public var quantiles: (low: Double, median: Double, high: Double) {
    let tail = (1 - level / 100) / 2
    return (tail, 0.5, 1 - tail)
  }
}

/// Where the spread of a draw comes from: the sample of participants, the model's prices and
/// rates, or both. Each is run alone too, so a board sees which dominates.
public enum UncertaintySource: String, Sendable, Hashable, CaseIterable {
  case combined, sampling, parameters

  /// The two streams of the seed: the bootstrap's resamples and the model draws (the combined
  /// source takes both, draw by draw).
  static let samplingStream: UInt64 = 2
  static let parameterStream: UInt64 = 3
}

/// The spread of one key figure over the draws.
public struct FigureInterval: Sendable, Hashable {
  /// The interval's ends and its median, in kronor for amounts; `nil` where the figure has no value
  /// there (no draw defined it, or the percentile falls among draws whose cost is never paid back).
  public var low: Double?
  public var median: Double?
  public var high: Double?
  /// Draws in which the figure was undefined (a payback never reached ranks after every number of
  /// months; other undefined draws are left out of the percentiles).
  public var undefinedDraws: Int

  public init(low: Double?, median: Double?, high: Double?, undefinedDraws: Int) {
    self.low = low
    self.median = median
    self.high = high
    self.undefinedDraws = undefinedDraws
  }
}

/// One source's intervals and probabilities, per perspective.
public struct UncertaintySummary: Sendable, Hashable {
  /// For each perspective, each of ``KeyFigure/perspectiveFigures``.
  public var intervals: [Perspective: [KeyFigure: FigureInterval]]
  /// The share of draws in which profitability year 1 (R − C) is above zero.
  public var probabilityProfitableYear1: [Perspective: Double]
  /// The share of draws in which the 5-year profitability is above zero.
  public var probabilityProfitable5: [Perspective: Double]
}

/// One bar of the tornado chart: society's 5-year profitability with one group of parameters at
/// the low end of its range and at the high end, the others at the model's values.
public struct TornadoBar: Sendable, Hashable {
  public var name: String
  public var members: [String]
  public var atLow: Money
  public var atHigh: Money
  public var spread: Money { atHigh > atLow ? atHigh - atLow : atLow - atHigh }
}

/// The result of ``UncertaintyAnalysis/run(_:model:options:space:settings:)``.
public struct UncertaintyResult: Sendable, Hashable {
  public static let tornadoBars = 10

  public var settings: UncertaintySettings
  public var summaries: [UncertaintySource: UncertaintySummary]
  /// The groups of parameters that vary (drawn); fixed values are not counted.
  public var drawnGroups: Int
  /// Society's 5-year profitability at the model's values, the tornado's centre line.
  public var baseProfitability5: Money
  /// At most ``tornadoBars`` bars, the widest first.
  public var tornado: [TornadoBar]

  public func summary(_ source: UncertaintySource) -> UncertaintySummary { summaries[source]! }
}
