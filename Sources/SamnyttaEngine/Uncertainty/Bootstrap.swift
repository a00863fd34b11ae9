/// The participant bootstrap: n people drawn with replacement from the n the records stand for.
public enum Bootstrap {
  /// How many times each record is drawn when n = Σ `counts` people are drawn with replacement,
  /// each person equally likely (so a record is drawn with probability count / n). `counts` must be
  /// in a canonical order (the analysis sorts records by id), so record order changes no draw.
  public static func resample(counts: [Int], using generator: inout RandomGenerator) -> [Int] {
    var cumulative: [Int] = []
    cumulative.reserveCapacity(counts.count)
    var total = 0
    for count in counts {
      total += max(0, count)
      cumulative.append(total)
    }
    var drawn = [Int](repeating: 0, count: counts.count)
    guard total > 0 else { return drawn }
    for _ in 0..<total {
      let person = Int(generator.next(below: UInt64(total)))
      // The first record whose cumulative count exceeds `person`.
      var lo = 0
      var hi = cumulative.count - 1
      while lo < hi {
        let mid = (lo + hi) / 2
        if cumulative[mid] > person { hi = mid } else { lo = mid + 1 }
      }
      drawn[lo] += 1
    }
    return drawn
  }
}
