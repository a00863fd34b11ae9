/// An index series by year (e.g. KPI, or an average wage), to move kronor from one price year to
/// another: an amount of year *a* is worth amount × I(b) / I(a) in year *b*. The values come from a
/// model file; the engine holds none.
public struct IndexSeries: Sendable, Hashable {
  /// What the series is, e.g. "KPI, totalindex (1980=100), årsmedeltal".
  public var name: String
  public var source: String
  /// What it moves (prices; wages and production).
  public var usedFor: String
  public var values: [Int: Double]
  /// Years whose value is an estimate rather than published.
  public var estimatedYears: Set<Int>

  public init(name: String, source: String, usedFor: String, values: [Int: Double], estimatedYears: Set<Int> = []) {
    self.name = name
    self.source = source
    self.usedFor = usedFor
    self.values = values
    self.estimatedYears = estimatedYears
  }

  /// The first and last year the series covers.
  public var range: ClosedRange<Int>? {
    guard let low = values.keys.min(), let high = values.keys.max() else { return nil }
    return low...high
  }

  /// I(to) / I(from), or `nil` when the series lacks either year (no interpolation: a gap is a gap).
  public func factor(from: Int, to: Int) -> Double? {
    if from == to { return 1 }
    guard let a = values[from], let b = values[to], a > 0 else { return nil }
    return b / a
  }
}

/// How comparisons between evaluations are made: the smallest peer group that earns a judgement,
/// and the series that move summary entries' kronor to the comparison's price year.
public struct ComparisonSettings: Sendable, Hashable {
  /// Below this many peers a class group falls back to a broader one, and no "better/worse than the
  /// mean" is said.
  public var minimumPeers: Int
  /// Consumer prices (KPI).
  public var prices: IndexSeries?
  /// Wages, and production valued at wages.
  public var wages: IndexSeries?

  public init(minimumPeers: Int, prices: IndexSeries? = nil, wages: IndexSeries? = nil) {
    self.minimumPeers = minimumPeers
    self.prices = prices
    self.wages = wages
  }
}
