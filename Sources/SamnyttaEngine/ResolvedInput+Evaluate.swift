extension PreparedModel {
  /// The evaluation of an intervention whose records are already resolved (a ``ResolvedInput``
  /// built straight from a stored compact input, as `batch` does), without per-participant results.
  ///
  /// It equals `evaluate(input, includeParticipants: false)` of the input the records and these
  /// fields came from, value for value: the same accumulation (``accumulated(_:)``, the kernel's),
  /// the same classification and perspectives. `nil` when a rule may be broken (an empty name or
  /// association, a cost rule, the records resolved under another structure, the amount bound);
  /// the caller then runs the general path, which reports what is broken. `memo`, when made for
  /// this model, keeps the periods accounted across the caller's evaluations (``PeriodAccountMemo``).
  public func evaluate(
    _ records: ResolvedInput, name: String, association: String, period: String?, classification: ClassificationInput,
    cost: InterventionCost, options: ForecastOptions? = nil, memo: PeriodAccountMemo? = nil
  ) -> EvaluationResult? {
    guard !name.allSatisfy(\.isWhitespace), !association.allSatisfy(\.isWhitespace) else { return nil }
    var costOK = true
    InputRules.checkCost(cost) { _, _ in costOK = false }
    guard costOK, let t = accumulated(records, memo: memo) else { return nil }
    return result(
      t, name: name, association: association, period: period, classification: classification, cost: cost, recordCount: records.recordCount,
      options: options)
  }
}
