/// Percentiles of draws.
public enum Percentile {
  /// The `q`-quantile (0 ≤ q ≤ 1) of `sorted` (ascending, not empty) by linear interpolation between
  /// order statistics (Hyndman and Fan's type 7, the default of R and NumPy). An infinite neighbour
  /// (a payback never reached) gives infinity.
  public static func of(sorted: [Double], _ q: Double) -> Double {
    guard let last = sorted.last else { return .nan }
    guard sorted.count > 1 else { return last }
    let h = Double(sorted.count - 1) * min(1, max(0, q))
    let i = Int(h)
    guard i + 1 < sorted.count else { return sorted[i] }
    let a = sorted[i]
    let b = sorted[i + 1]
    if a == b || h == Double(i) { return a }
    if !a.isFinite || !b.isFinite { return .infinity }
    return a + (h - Double(i)) * (b - a)
  }
}
