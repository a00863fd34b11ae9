extension PreparedModel {
  /// Evaluates an intervention: the engine's one entry point. Pure: no files, no clock, no printing.
  ///
  /// - Parameters:
  ///   - input: the intervention and its participants.
  ///   - options: forecast and sensitivity options; the external-factors share defaults to the model's.
  ///   - includeParticipants: whether to keep each record's accounts in `participants`; without
  ///     them (`false`: `--no-participants`, batch, uncertainty draws) totals accumulate directly and
  ///     `participants` is empty. Every total and key figure is the same either way.
  ///   - parallelism: how the records may be spread over threads (``RecordParallelism``); the
  ///     result is the same to the byte with any.
  /// - Throws: ``EvaluationError/invalidInput(_:)`` listing every broken rule; nothing is computed then.
  public func evaluate(
    _ input: EvaluationInput, options: ForecastOptions? = nil, includeParticipants: Bool = true, parallelism: RecordParallelism = .sequential
  ) throws(EvaluationError) -> EvaluationResult {
    let t = try accumulate(input, includeParticipants: includeParticipants, parallelism: parallelism)
    return result(
      t, name: input.name, association: input.association, period: input.period, classification: input.classification, cost: input.cost,
      recordCount: input.participants.count, options: options)
  }

  /// The evaluation's result from its accumulated records: the one place `evaluate` of an input and
  /// of resolved records (``evaluate(_:name:association:period:classification:cost:options:)``) make it.
  func result(
    _ t: Accumulated, name: String, association: String, period: String?, classification: ClassificationInput, cost: InterventionCost,
    recordCount: Int, options: ForecastOptions?
  ) -> EvaluationResult {
    let options = options ?? ForecastOptions(externalFactorsShare: parameters.externalFactorsShare)
    let financing = cost.financing.isEmpty ? parameters.defaultFinancing : cost.financing
    var stated = classification
    stated.method = t.baseline.method(stated: stated.method)
    return EvaluationResult(
      name: name, association: association, period: period, modelID: parameters.id, priceYear: parameters.priceYear,
      convention: parameters.convention, options: options,
      classification: classify(stated, cost: cost.total, participants: t.people, supportMonths: t.supportMonths),
      participantCount: t.people, recordCount: recordCount, cost: cost, financing: financing,
      perspectives: perspectives(t, cost: cost.total, financing: financing, options: options),
      totalBefore: t.totalBefore, totalAfter: t.totalAfter, reference: t.reference, participants: t.participants, baseline: t.baseline)
  }

  /// Society's and each perspective's totals of an intervention, without per-participant results
  /// or anything else `evaluate` adds: the fast path for callers that evaluate many times (the
  /// uncertainty analysis). The figures equal `evaluate(input, options:)`'s exactly.
  ///
  /// - Throws: ``EvaluationError/invalidInput(_:)`` as ``evaluate(_:options:includeParticipants:)`` does.
  public func totals(
    _ input: EvaluationInput, options: ForecastOptions? = nil, parallelism: RecordParallelism = .sequential
  ) throws(EvaluationError) -> EvaluationTotals {
    let t = try accumulate(input, includeParticipants: false, parallelism: parallelism)
    let options = options ?? ForecastOptions(externalFactorsShare: parameters.externalFactorsShare)
    let financing = input.cost.financing.isEmpty ? parameters.defaultFinancing : input.cost.financing
    return EvaluationTotals(
      participantCount: t.people, totalBefore: t.totalBefore, totalAfter: t.totalAfter, reference: t.reference,
      perspectives: perspectives(t, cost: input.cost.total, financing: financing, options: options))
  }

  /// What every evaluation sums up over its records.
  struct Accumulated {
    var totalBefore: PeriodAccount
    var totalAfter: PeriodAccount
    var reference: PeriodAccount
    var people: Int
    var supportMonths: Double
    var participants: [ParticipantResult]
    /// What revenue is measured against (``Baseline``): the before-period unless the input gives a
    /// comparison group or counterfactual periods.
    var baseline: Baseline
  }

  /// The records' totals: by the kernel (``EvaluationKernel``) when it accepts the input and its
  /// baseline is the before-period, otherwise by the general path, which checks every rule (and
  /// throws what is broken) and computes a comparison group's or counterfactuals' baseline.
  func accumulate(
    _ input: EvaluationInput, includeParticipants: Bool, parallelism: RecordParallelism = .sequential
  ) throws(EvaluationError) -> Accumulated {
    let alternative = input.comparison != nil || input.participants.contains { $0.counterfactual != nil }
    if !alternative, let k = EvaluationKernel.run(input, model: self, includeParticipants: includeParticipants, parallelism: parallelism) {
      return Accumulated(
        totalBefore: k.totalBefore, totalAfter: k.totalAfter, reference: referenceAccount(), people: k.people, supportMonths: k.supportMonths,
        participants: k.participants, baseline: Baseline(kind: .beforeAfter, total: k.totalBefore))
    }
    let (resolved, extra) = try validatedWithBaseline(input)
    // Counterfactual baselines need each record's before account, so the records are kept here.
    let keep = includeParticipants || alternative
    var participants: [ParticipantResult] = []
    if keep { participants.reserveCapacity(input.participants.count) }
    var totalBefore = PeriodAccount()
    var totalAfter = PeriodAccount()
    var n = 0
    var supportMonths = 0.0
    for (i, record) in input.participants.enumerated() {
      let periods = resolved.periods(i)
      let before = account(periods.before.0, periods.before.1)
      let after = account(periods.after.0, periods.after.1)
      totalBefore.add(before, times: record.count)
      totalAfter.add(after, times: record.count)
      n += record.count
      supportMonths += publicSupportMonths(periods.before.0) * Double(record.count)
      if keep {
        participants.append(ParticipantResult(id: record.id, count: record.count, attributes: record.attributes, before: before, after: after))
      }
    }
    let (baseline, counterfactuals) = baseline(input, extra, participants: participants, totalBefore: totalBefore, people: n)
    for (i, account) in counterfactuals { participants[i].counterfactual = account }
    return Accumulated(
      totalBefore: totalBefore, totalAfter: totalAfter, reference: referenceAccount(), people: n, supportMonths: supportMonths,
      participants: includeParticipants ? participants : [], baseline: baseline)
  }

  /// Each perspective's key figures, in total and per participant, in ``Perspective/allCases`` order.
  func perspectives(_ t: Accumulated, cost: Money, financing: [Actor: Double], options: ForecastOptions) -> [PerspectiveFigures] {
    Self.perspectives(
      parameters.convention, before: t.totalBefore, after: t.totalAfter, baseline: t.baseline.total, reference: t.reference, participants: t.people,
      cost: cost, financing: financing, options: options)
  }

  /// Each perspective's key figures from an evaluation's accounts: the one place they are made, for
  /// an evaluation and for a stored run rebuilt from its accounts (``EvaluationResult/init(rebuilding:)``).
  /// `baseline` is what revenue is measured against (the before-period when `nil`).
  static func perspectives(
    _ convention: SocietyConvention, before: PeriodAccount, after: PeriodAccount, baseline: PeriodAccount? = nil, reference: PeriodAccount,
    participants n: Int, cost: Money, financing: [Actor: Double], options: ForecastOptions
  ) -> [PerspectiveFigures] {
    let totals = totalFigures(
      convention, before: before, after: after, baseline: baseline, reference: reference, participants: n,
      costs: perspectiveCosts(cost, financing: financing), options: options)
    return zip(Perspective.allCases, totals).map { PerspectiveFigures(perspective: $0, total: $1, perParticipant: $1.perParticipant(n)) }
  }

  /// Each perspective's share of the cost (``cost(_:borneBy:financing:)``), in ``Perspective/allCases`` order.
  static func perspectiveCosts(_ cost: Money, financing: [Actor: Double]) -> [Money] {
    Perspective.allCases.map { Self.cost(cost, borneBy: $0, financing: financing) }
  }

  /// Each perspective's total key figures (in ``Perspective/allCases`` order) with its cost from
  /// ``perspectiveCosts(_:financing:)``: what ``perspectives(_:before:after:baseline:reference:participants:cost:financing:options:)``
  /// gives as totals, for callers that need no more (the uncertainty draws).
  static func totalFigures(
    _ convention: SocietyConvention, before: PeriodAccount, after: PeriodAccount, baseline: PeriodAccount?, reference: PeriodAccount,
    participants n: Int, costs: [Money], options: ForecastOptions
  ) -> [KeyFigures] {
    let referenceTotal = reference * n
    return zip(Perspective.allCases, costs).map { perspective, cost in
      KeyFigures(
        perspective, convention, before: before, after: after, baseline: baseline, reference: referenceTotal, cost: cost, participants: n,
        options: options)
    }
  }

  /// Checks the input's rules and resolves its codes, or throws every violation.
  func validated(_ input: EvaluationInput) throws(EvaluationError) -> ResolvedRecords {
    try validatedWithBaseline(input).0
  }

  /// ``validated(_:)`` with the counterfactual periods and the comparison group resolved too (``Baseline``).
  func validatedWithBaseline(_ input: EvaluationInput) throws(EvaluationError) -> (ResolvedRecords, ResolvedBaseline) {
    var resolved = ResolvedRecords(capacity: input.participants.count)
    var baseline = ResolvedBaseline()
    let violations = InputRules.check(input, model: self, into: &resolved, baseline: &baseline)
    guard violations.isEmpty else { throw .invalidInput(violations) }
    return (resolved, baseline)
  }

  /// The account of one resolved period.
  @inlinable func account(_ spells: some Sequence<ResolvedSpell>, _ care: some Sequence<ResolvedCare>) -> PeriodAccount {
    var sink = AccountingSink()
    emitFlows(spells: spells, care: care, into: &sink)
    return sink.account
  }

  /// Full-time months in states with any public flow: a benefit, a wage subsidy or resource use.
  func publicSupportMonths(_ spells: ArraySlice<ResolvedSpell>) -> Double {
    var months = 0.0
    for spell in spells where states[spell.state].isPublicSupport { months += spell.months * spell.extent }
    return months
  }

  /// The share of `total` a perspective bears: society bears all of it, an actor its financing
  /// share, a subtotal the sum of its actors' shares (each rounded to öre).
  static func cost(_ total: Money, borneBy perspective: Perspective, financing: [Actor: Double]) -> Money {
    guard let actors = perspective.actors else { return total }
    return actors.reduce(.zero) { $0 + total.scaled(by: financing[$1] ?? 0) }
  }

  /// A summary entry's classification: the criteria its source states; otherwise resources from
  /// its cost per participant as for a full evaluation, and exclusion `unknown`, since a summary
  /// has no participant records.
  public func classify(_ summary: SummaryInput, stated: ClassificationInput) -> Classification {
    var derived = classify(stated, cost: summary.cost, participants: summary.participants, supportMonths: nil)
    if let resources = stated.resources { derived.resources = resources }
    if stated.aim == .primary, let exclusion = stated.exclusion { derived.exclusion = exclusion }
    return derived
  }

  /// Payoff's criteria 3 and 4 from the model's thresholds (criteria 1 and 2 come from the input).
  /// `supportMonths` is the participants' total of public-support months before; `nil` when unknown.
  func classify(_ stated: ClassificationInput, cost: Money, participants: Int, supportMonths: Double?) -> Classification {
    let thresholds = parameters.classification
    let costPerParticipant = participants > 0 ? cost.scaled(by: 1 / Double(participants)) : cost
    let resources: Classification.Resources =
      costPerParticipant >= thresholds.largeResourcesPerParticipant
      ? .large : costPerParticipant >= thresholds.mediumResourcesPerParticipant ? .medium : .small
    var exclusion: Classification.Exclusion? = nil
    if stated.aim == .primary {
      if let supportMonths {
        let mean = participants > 0 ? supportMonths / Double(participants) : 0
        exclusion = mean >= thresholds.extensiveExclusionMonths ? .extensive : .limited
      } else {
        exclusion = .unknown
      }
    }
    return Classification(aim: stated.aim, method: stated.method, exclusion: exclusion, resources: resources)
  }
}
