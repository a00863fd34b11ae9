/// How the uncertainty analysis draws one model value from its range `low`…`high` (Docs/method.md,
/// "Uncertainty"). The model's basis decides which (``ParameterSpace``): a value set by law is
/// fixed, a range around an official statistic is uniform (the statistic says where the value lies,
/// not which part of the range is likelier), and an estimate or a derived value is triangular
/// with its mode at the model's value (the best guess is likeliest, the ends of the range least).
public enum ParameterDistribution: Sendable, Hashable {
  case fixed(Double)
  case uniform(low: Double, high: Double)
  case triangular(low: Double, mode: Double, high: Double)

  /// The value at quantile `u` ∈ [0, 1] (the inverse distribution function). Drawing by quantile lets
  /// parameters that must move together share one `u`. The result never leaves `low`…`high`.
  public func value(atQuantile u: Double) -> Double {
    let u = min(1, max(0, u))
    switch self {
    case .fixed(let value): return value
    case .uniform(let low, let high): return min(high, max(low, low + u * (high - low)))
    case .triangular(let low, let mode, let high):
      let width = high - low
      guard width > 0 else { return mode }
      let split = (mode - low) / width
      let value =
        u < split
        ? low + (u * width * (mode - low)).squareRoot()
        : high - ((1 - u) * width * (high - mode)).squareRoot()
      return min(high, max(low, value))
    }
  }

  /// The lowest and highest value the distribution gives.
  public var bounds: (low: Double, high: Double) {
    switch self {
    case .fixed(let value): return (value, value)
    case .uniform(let low, let high), .triangular(let low, _, let high): return (low, high)
    }
  }

  /// Whether the value can change at all.
  public var varies: Bool { bounds.low < bounds.high }
}
