/// Every record's before and after account under one model, from an input whose codes were resolved
/// and whose rules were checked once: what the uncertainty analysis re-weights (a bootstrap draw
/// changes only the records' counts) and recomputes once per drawn model (drawing changes a model's
/// values, never its states or care types, so the resolved indices hold under every drawn model).
///
/// Exact: each account is the same ``PreparedModel/account(_:_:)`` of the same resolved period the
/// evaluation computes, and the totals are the same integer sums of `account × count` (integer
/// addition is associative, so the order of the records does not matter). The amount bound
/// (``AmountBounds``) is kept per record, so that a draw whose counts could reach the limit is
/// recognised and left to the general path, which refuses it as an evaluation would.
struct RecordAccounts {
  var before: [PeriodAccount]
  var after: [PeriodAccount]
  /// Per record, the bound on one person's amounts: the reference period's, the before and the after period's.
  var bounds: [Double]
  var reference: PeriodAccount

  /// The accounts of every record of `resolved` (`records` of them) under `model`.
  init(_ resolved: ResolvedInput, records: Int, model: PreparedModel) {
    before = []
    after = []
    bounds = []
    before.reserveCapacity(records)
    after.reserveCapacity(records)
    bounds.reserveCapacity(records)
    reference = model.referenceAccount()
    let referenceBound = AmountBounds.periodBound(
      CollectionOfOne(ResolvedSpell(state: model.referenceState, months: InputRules.periodMonths, extent: 1, monthlyAmount: nil, subsidyShare: nil)),
      EmptyCollection(), model: model)
    for i in 0..<records {
      let periods = resolved.periods(i)
      before.append(model.account(periods.before.0, periods.before.1))
      after.append(model.account(periods.after.0, periods.after.1))
      bounds.append(
        referenceBound + AmountBounds.periodBound(periods.before.0, periods.before.1, model: model)
          + AmountBounds.periodBound(periods.after.0, periods.after.1, model: model))
    }
  }

  /// The totals with `counts[i]` people for record `i` (zero leaves it out), or `nil` when the
  /// amounts could reach ``Money/limit`` (the bound an evaluation checks before computing).
  func totals(counts: [Int]) -> (before: PeriodAccount, after: PeriodAccount, people: Int)? {
    let limit = Money.limit.kronorValue
    var bound = 0.0
    var people = 0
    for (i, count) in counts.enumerated() where count > 0 {
      bound += Double(count) * bounds[i]
      people += count
    }
    guard bound < limit, people <= InputRules.maximumCount else { return nil }
    var totalBefore = PeriodAccount()
    var totalAfter = PeriodAccount()
    for (i, count) in counts.enumerated() where count > 0 {
      totalBefore = totalBefore + before[i] * count
      totalAfter = totalAfter + after[i] * count
    }
    return (totalBefore, totalAfter, people)
  }
}
