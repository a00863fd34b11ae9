/// The participant bootstrap: n people drawn with replacement from the n the records stand for.
public enum Bootstrap {
  /// How many times each record is drawn when n = Σ `counts` people are drawn with replacement,
  /// each person equally likely (so a record is drawn with probability count / n). `counts` must be
  /// in a canonical order (the analysis sorts records by id), so record order changes no draw.
  public static func resample(counts: [Int], using generator: inout RandomGenerator) -> [Int] {
    Resampler(counts: counts).resample(using: &generator)
  }

  /// The records' counts prepared once for many resamples: person *k* (0 ≤ k < n) belongs to the
  /// first record whose cumulative count exceeds k. Up to ``tableLimit`` people a table says it
  /// directly; beyond, a binary search over the cumulative counts does. Both give the same record
  /// for the same random number, so every resample is the same either way.
  public struct Resampler: Sendable {
    /// The largest n given a table (4 bytes per person).
    public static let tableLimit = 1 << 22
    let cumulative: [Int]
    let table: [Int32]
    public var people: Int { cumulative.last ?? 0 }

    public init(counts: [Int]) { self.init(counts: counts, tableLimit: Self.tableLimit) }

    /// `tableLimit`: the largest n given a table (the tests set 0 to hold the search to the table).
    init(counts: [Int], tableLimit: Int) {
      var cumulative: [Int] = []
      cumulative.reserveCapacity(counts.count)
      var total = 0
      for count in counts {
        total += max(0, count)
        cumulative.append(total)
      }
      self.cumulative = cumulative
      var table: [Int32] = []
      if total <= tableLimit, counts.count <= Int(Int32.max) {
        table.reserveCapacity(total)
        for (record, count) in counts.enumerated() where count > 0 {
          table.append(contentsOf: repeatElement(Int32(record), count: count))
        }
      }
      self.table = table
    }

    /// One resample: each record's drawn count.
    public func resample(using generator: inout RandomGenerator) -> [Int] {
      var drawn = [Int](repeating: 0, count: cumulative.count)
      let total = people
      guard total > 0 else { return drawn }
      if table.count == total {
        for _ in 0..<total { drawn[Int(table[Int(generator.next(below: UInt64(total)))])] += 1 }
        return drawn
      }
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
}
