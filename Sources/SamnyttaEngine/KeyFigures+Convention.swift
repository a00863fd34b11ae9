extension KeyFigures {
  /// One perspective's key figures from the accounts of an evaluation, under a society convention:
  /// potential before P = value(reference − before), potential after = value(reference − after),
  /// revenue R = value(after − baseline) (Docs/method.md, "Potential and revenue", "Baselines"). The
  /// one place the accounts become key figures, for the evaluation itself and for society under the
  /// other convention.
  ///
  /// - Parameters:
  ///   - before, after: the count-weighted totals of the periods.
  ///   - baseline: what revenue is measured against (``Baseline/total``); `nil`: `before`.
  ///   - reference: n × the reference account (full-time work at the average salary).
  public init(
    _ perspective: Perspective, _ convention: SocietyConvention, before: PeriodAccount, after: PeriodAccount, baseline: PeriodAccount? = nil,
    reference: PeriodAccount, cost: Money, participants: Int, options: ForecastOptions
  ) {
    self.init(
      potentialBefore: (reference - before).value(perspective, convention), potentialAfter: (reference - after).value(perspective, convention),
      revenue: (after - (baseline ?? before)).value(perspective, convention), cost: cost, participants: participants, options: options)
  }
}

extension EvaluationResult {
  /// Society's key figures under `convention`, whichever convention the evaluation used: the same
  /// accounts, cost, participants and forecast options, so the two conventions differ only in whether
  /// public payments count (``SocietyConvention``). For the evaluation's own convention this equals
  /// `figures(.society)`.
  public func societyFigures(_ convention: SocietyConvention) -> KeyFigures {
    KeyFigures(
      .society, convention, before: totalBefore, after: totalAfter, baseline: baseline.total, reference: reference * participantCount,
      cost: cost.total,
      participants: participantCount, options: options)
  }
}
