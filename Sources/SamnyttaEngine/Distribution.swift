/// How one key figure is spread over a group of evaluations: the comparison values a board reads
/// beside a new evaluation (Payoff's "jämförande värden", seed 004, lines 488–501).
///
/// - `mean` is the arithmetic mean, `median` the middle value (the mean of the two middle values
///   for an even count), `standardDeviation` the population standard deviation
///   σ = √(Σ(x − mean)² / n), which is 0 for a single value. Computed in two passes so that a
///   large common offset does not cancel digits.
/// - Caveat: the mean of ratios is not the ratio of sums; a group's mean verkningsgrad weighs a
///   small intervention as much as a large one, as Payoff's comparison values do.
public struct Distribution: Sendable, Hashable {
  public var count: Int
  public var mean: Double
  public var median: Double
  public var minimum: Double
  public var maximum: Double
  public var standardDeviation: Double

  /// `nil` when there are no finite values; non-finite values are left out.
  public init?(_ values: [Double]) {
    let sorted = values.filter(\.isFinite).sorted()
    guard let first = sorted.first, let last = sorted.last else { return nil }
    let n = Double(sorted.count)
    let mean = sorted.reduce(0, +) / n
    let middle = sorted.count / 2
    count = sorted.count
    self.mean = mean
    median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    minimum = first
    maximum = last
    standardDeviation = (sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n).squareRoot()
  }

  /// `value − mean`, the deviation a board reads beside a figure.
  public func deviation(of value: Double) -> Double { value - mean }

  /// The deviation as a share of the mean; `nil` when the mean is 0.
  public func relativeDeviation(of value: Double) -> Double? { mean == 0 ? nil : (value - mean) / abs(mean) }
}
