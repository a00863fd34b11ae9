extension PreparedModel {
  /// Evaluates an intervention: the engine's one entry point. Pure: no files, no clock, no printing.
  ///
  /// - Parameters:
  ///   - input: the intervention and its participants.
  ///   - options: forecast and sensitivity options; the external-factors share defaults to the model's.
  /// - Throws: ``EvaluationError/invalidInput(_:)`` listing every broken rule; nothing is computed then.
  public func evaluate(_ input: EvaluationInput, options: ForecastOptions? = nil) throws(EvaluationError) -> EvaluationResult {
    let (resolved, extra) = try validatedWithBaseline(input)
    let options = options ?? ForecastOptions(externalFactorsShare: parameters.externalFactorsShare)
    let convention = parameters.convention

    var participants: [ParticipantResult] = []
    participants.reserveCapacity(input.participants.count)
    var totalBefore = PeriodAccount()
    var totalAfter = PeriodAccount()
    var n = 0
    var supportMonths = 0.0
    for (i, record) in input.participants.enumerated() {
      let periods = resolved.periods(i)
      let before = account(periods.before.0, periods.before.1)
      let after = account(periods.after.0, periods.after.1)
      totalBefore = totalBefore + before * record.count
      totalAfter = totalAfter + after * record.count
      n += record.count
      supportMonths += publicSupportMonths(periods.before.0) * Double(record.count)
      participants.append(ParticipantResult(id: record.id, count: record.count, attributes: record.attributes, before: before, after: after))
    }

    let (baseline, counterfactuals) = baseline(input, extra, participants: participants, totalBefore: totalBefore, people: n)
    for (i, account) in counterfactuals { participants[i].counterfactual = account }
    var stated = input.classification
    stated.method = baseline.method(stated: stated.method)

    let reference = referenceAccount()
    let referenceTotal = reference * n
    let financing = input.cost.financing.isEmpty ? parameters.defaultFinancing : input.cost.financing
    let perspectives = Perspective.allCases.map { perspective in
      let total = KeyFigures(
        perspective, convention, before: totalBefore, after: totalAfter, baseline: baseline.total, reference: referenceTotal,
        cost: Self.cost(input.cost.total, borneBy: perspective, financing: financing), participants: n, options: options)
      return PerspectiveFigures(perspective: perspective, total: total, perParticipant: total.perParticipant(n))
    }

    return EvaluationResult(
      name: input.name, association: input.association, period: input.period, modelID: parameters.id,
      priceYear: parameters.priceYear, convention: convention, options: options,
      classification: classify(stated, cost: input.cost.total, participants: n, supportMonths: supportMonths),
      participantCount: n, recordCount: input.participants.count, cost: input.cost, financing: financing,
      perspectives: perspectives, totalBefore: totalBefore, totalAfter: totalAfter, reference: reference,
      participants: participants, baseline: baseline)
  }

  /// Checks the input's rules and resolves its codes, or throws every violation.
  func validated(_ input: EvaluationInput) throws(EvaluationError) -> ResolvedInput {
    try validatedWithBaseline(input).0
  }

  /// ``validated(_:)`` with the counterfactual periods and the comparison group resolved too (``Baseline``).
  func validatedWithBaseline(_ input: EvaluationInput) throws(EvaluationError) -> (ResolvedInput, ResolvedBaseline) {
    var resolved = ResolvedInput(capacity: input.participants.count)
    var baseline = ResolvedBaseline()
    let violations = InputRules.check(input, model: self, into: &resolved, baseline: &baseline)
    guard violations.isEmpty else { throw .invalidInput(violations) }
    return (resolved, baseline)
  }

  /// The account of one resolved period.
  @inlinable func account(_ spells: ArraySlice<ResolvedSpell>, _ care: ArraySlice<ResolvedCare>) -> PeriodAccount {
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
