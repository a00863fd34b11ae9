extension PreparedModel {
  /// Evaluates an intervention: the engine's one entry point. Pure: no files, no clock, no printing.
  ///
  /// - Parameters:
  ///   - input: the intervention and its participants.
  ///   - options: forecast and sensitivity options; the external-factors share defaults to the model's.
  /// - Throws: ``EvaluationError/invalidInput(_:)`` listing every broken rule; nothing is computed then.
  public func evaluate(_ input: EvaluationInput, options: ForecastOptions? = nil) throws(EvaluationError) -> EvaluationResult {
    let violations = InputRules.violations(in: input, model: self)
    guard violations.isEmpty else { throw .invalidInput(violations) }
    let options = options ?? ForecastOptions(externalFactorsShare: parameters.externalFactorsShare)
    let convention = parameters.convention

    var participants: [ParticipantResult] = []
    participants.reserveCapacity(input.participants.count)
    var totalBefore = PeriodAccount()
    var totalAfter = PeriodAccount()
    var n = 0
    var supportMonths = 0.0
    for record in input.participants {
      let before = account(of: record.before)
      let after = account(of: record.after)
      let months = publicSupportMonths(record.before)
      totalBefore = totalBefore + before * record.count
      totalAfter = totalAfter + after * record.count
      n += record.count
      supportMonths += months * Double(record.count)
      participants.append(
        ParticipantResult(
          id: record.id, count: record.count, attributes: record.attributes, before: before, after: after,
          publicSupportMonthsBefore: months))
    }
    participants.sort { $0.id < $1.id }

    let reference = referenceAccount()
    let referenceTotal = reference * n
    let financing = input.cost.financing.isEmpty ? parameters.defaultFinancing : input.cost.financing
    let perspectives = Perspective.allCases.map { perspective in
      let total = KeyFigures(
        potentialBefore: (referenceTotal - totalBefore).value(perspective, convention),
        potentialAfter: (referenceTotal - totalAfter).value(perspective, convention),
        revenue: (totalAfter - totalBefore).value(perspective, convention),
        cost: Self.cost(input.cost.total, borneBy: perspective, financing: financing),
        participants: n, options: options)
      return PerspectiveFigures(perspective: perspective, total: total, perParticipant: total.perParticipant(n))
    }

    return EvaluationResult(
      name: input.name, association: input.association, period: input.period, modelID: parameters.id,
      priceYear: parameters.priceYear, convention: convention, options: options,
      classification: classify(input.classification, cost: input.cost.total, participants: n, supportMonths: supportMonths),
      participantCount: n, recordCount: input.participants.count, cost: input.cost, financing: financing,
      perspectives: perspectives, totalBefore: totalBefore, totalAfter: totalAfter, reference: reference,
      participants: participants)
  }

  /// The account of one validated period.
  @inlinable func account(of period: Period) -> PeriodAccount {
    var sink = AccountingSink()
    emitFlows(spells: resolved(period.spells), care: resolved(period.care), into: &sink)
    return sink.account
  }

  @inlinable func resolved(_ spells: [Spell]) -> LazyMapSequence<[Spell], ResolvedSpell> {
    spells.lazy.map {
      ResolvedSpell(
        state: self.stateIndex[$0.state]!, months: $0.months, extent: $0.extent, monthlyAmount: $0.monthlyAmount,
        subsidyShare: $0.subsidyShare)
    }
  }

  @inlinable func resolved(_ care: [CareUse]) -> LazyMapSequence<[CareUse], ResolvedCare> {
    care.lazy.map { ResolvedCare(type: self.careIndex[$0.type]!, count: $0.count) }
  }

  /// Full-time months in states with any public flow: a benefit, a wage subsidy or resource use.
  func publicSupportMonths(_ period: Period) -> Double {
    var months = 0.0
    for spell in period.spells {
      let state = states[stateIndex[spell.state]!]
      if state.benefit != nil || state.work?.subsidy != nil || !state.resourceUse.isEmpty {
        months += spell.months * spell.extent
      }
    }
    return months
  }

  /// The share of `total` a perspective bears: society bears all of it, an actor its financing
  /// share, a subtotal the sum of its actors' shares (each rounded to öre).
  static func cost(_ total: Money, borneBy perspective: Perspective, financing: [Actor: Double]) -> Money {
    guard let actors = perspective.actors else { return total }
    return actors.reduce(.zero) { $0 + total.scaled(by: financing[$1] ?? 0) }
  }

  /// Payoff's criteria 3 and 4 from the model's thresholds (criteria 1 and 2 come from the input).
  func classify(_ stated: ClassificationInput, cost: Money, participants: Int, supportMonths: Double) -> Classification {
    let thresholds = parameters.classification
    let costPerParticipant = participants > 0 ? cost.scaled(by: 1 / Double(participants)) : cost
    let resources: Classification.Resources =
      costPerParticipant >= thresholds.largeResourcesPerParticipant
      ? .large : costPerParticipant >= thresholds.mediumResourcesPerParticipant ? .medium : .small
    var exclusion: Classification.Exclusion? = nil
    if stated.aim == .primary {
      let mean = participants > 0 ? supportMonths / Double(participants) : 0
      exclusion = mean >= thresholds.extensiveExclusionMonths ? .extensive : .limited
    }
    return Classification(aim: stated.aim, method: stated.method, exclusion: exclusion, resources: resources)
  }
}
