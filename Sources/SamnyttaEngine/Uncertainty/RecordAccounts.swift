/// Every record's before and after account under one model, from an input whose codes were resolved
/// and whose rules were checked once: what the uncertainty analysis re-weights (a bootstrap draw
/// changes only the records' counts) and recomputes once per drawn model (drawing changes a model's
/// values, never its states or care types, so the resolved indices hold under every drawn model).
///
/// Records often share a period (the same states, months and extents, the model's amounts): each
/// distinct period (``PeriodProfiles``) is accounted once per model, and every record refers to its
/// two. Exact: each account is the same ``PreparedModel/account(_:_:)`` of the same resolved period
/// the evaluation computes (two periods with the same bits have the same account), and the totals
/// are the same integer sums of `account × count` (integer addition is associative, so neither the
/// order of the records nor the grouping matters). The amount bound (``AmountBounds``) is summed
/// record by record as the evaluation sums it, so that a draw whose counts could reach the limit is
/// recognised and left to the general path, which refuses it as an evaluation would.
struct RecordAccounts {
  let profiles: PeriodProfiles
  /// Per distinct period: its account and the bound on one person's amounts in it.
  var accounts: [PeriodAccount]
  var bounds: [Double]
  var reference: PeriodAccount
  var referenceBound: Double

  /// The accounts of every distinct period of `profiles` under `model`.
  init(_ profiles: PeriodProfiles, model: PreparedModel) {
    self.profiles = profiles
    accounts = []
    bounds = []
    accounts.reserveCapacity(profiles.count)
    bounds.reserveCapacity(profiles.count)
    reference = model.referenceAccount()
    referenceBound = AmountBounds.referenceBound(model)
    // Through buffers: slices of the arrays would retain and release them per period.
    profiles.withPeriods { spells, care in
      var sink = AccountingSink()
      model.emitFlows(spells: spells, care: care, into: &sink)
      accounts.append(sink.account)
      bounds.append(AmountBounds.periodBound(spells, care, model: model))
    }
  }

  /// The totals with `counts[i]` people for record `i` (zero leaves it out), or `nil` when the
  /// amounts could reach ``Money/limit`` (the bound an evaluation checks before computing).
  func totals(counts: [Int]) -> (before: PeriodAccount, after: PeriodAccount, people: Int)? {
    let limit = Money.limit.kronorValue
    var bound = 0.0
    var people = 0
    var weights = [Int](repeating: 0, count: 2 * profiles.count)
    for (i, count) in counts.enumerated() where count > 0 {
      let (before, after) = profiles.records[i]
      bound += Double(count) * (referenceBound + bounds[before] + bounds[after])
      people += count
      weights[before] += count
      weights[profiles.count + after] += count
    }
    guard bound < limit, people <= InputRules.maximumCount else { return nil }
    var totalBefore = PeriodAccount()
    var totalAfter = PeriodAccount()
    for p in 0..<profiles.count {
      if weights[p] > 0 { totalBefore = totalBefore + accounts[p] * weights[p] }
      if weights[profiles.count + p] > 0 { totalAfter = totalAfter + accounts[p] * weights[profiles.count + p] }
    }
    return (totalBefore, totalAfter, people)
  }
}

/// The distinct periods of a resolved input, and for each record the index of its before and its
/// after period among them. Periods are the same when their resolved spells and care have the
/// same bits, so the same period under any model has the same account.
struct PeriodProfiles {
  private(set) var spells: [ResolvedSpell] = []
  private(set) var care: [ResolvedCare] = []
  /// Per distinct period, where its spells and care start in `spells` and `care`.
  private var starts: [(spells: Int, care: Int)] = []
  /// Per record: its before and after period.
  private(set) var records: [(before: Int, after: Int)] = []

  var count: Int { starts.count }

  init(_ resolved: ResolvedRecords, records n: Int) {
    var index: [[UInt64]: Int] = [:]
    records.reserveCapacity(n)
    func profile(_ period: (ArraySlice<ResolvedSpell>, ArraySlice<ResolvedCare>)) -> Int {
      var key: [UInt64] = []
      key.reserveCapacity(period.0.count * 7 + period.1.count * 2 + 1)
      for s in period.0 {
        key += [
          UInt64(s.state), s.months.bitPattern, s.extent.bitPattern, s.monthlyAmount == nil ? 0 : 1, UInt64(bitPattern: s.monthlyAmount?.ore ?? 0),
          s.subsidyShare == nil ? 0 : 1, (s.subsidyShare ?? 0).bitPattern,
        ]
      }
      key.append(UInt64.max)
      for c in period.1 { key += [UInt64(c.type), c.count.bitPattern] }
      if let found = index[key] { return found }
      let p = starts.count
      index[key] = p
      starts.append((spells.count, care.count))
      spells += period.0
      care += period.1
      return p
    }
    for i in 0..<n {
      let periods = resolved.periods(i)
      records.append((profile(periods.before), profile(periods.after)))
    }
  }

  /// Calls `body` with the spells and care of every distinct period, in order.
  func withPeriods(_ body: (UnsafeBufferPointer<ResolvedSpell>, UnsafeBufferPointer<ResolvedCare>) -> Void) {
    spells.withUnsafeBufferPointer { spells in
      care.withUnsafeBufferPointer { care in
        for p in starts.indices {
          let start = starts[p]
          let spellEnd = p + 1 < starts.count ? starts[p + 1].spells : spells.count
          let careEnd = p + 1 < starts.count ? starts[p + 1].care : care.count
          body(UnsafeBufferPointer(rebasing: spells[start.spells..<spellEnd]), UnsafeBufferPointer(rebasing: care[start.care..<careEnd]))
        }
      }
    }
  }
}
