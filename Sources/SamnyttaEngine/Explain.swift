/// One flow, as `explain` shows it: who paid whom, how much, and what it was made of.
public struct FlowRecord: Sendable, Hashable {
  public enum Kind: String, Sendable { case transfer, resourceUse, production }
  public var kind: Kind
  public var amount: Money
  /// For a transfer: the payer (`nil`: the employer). For resource use: the bearer.
  public var from: Actor?
  /// For a transfer: the receiver (`nil`: the employer or a private party).
  public var to: Actor?
  public var origin: FlowOrigin
  public var basis: FlowBasis?

  /// What this flow adds to `actor`'s position.
  public func effect(on actor: Actor) -> Money {
    var total = Money.zero
    if from == actor { total -= amount }
    if to == actor, kind == .transfer { total += amount }
    return total
  }
}

/// The sink that records every flow, for `explain`.
public struct RecordingSink: FlowSink {
  public var records: [FlowRecord] = []
  public init() {}
  public mutating func transfer(_ amount: Money, from: Actor?, to: Actor?, origin: FlowOrigin, basis: FlowBasis) {
    records.append(FlowRecord(kind: .transfer, amount: amount, from: from, to: to, origin: origin, basis: basis))
  }
  public mutating func consume(_ amount: Money, by bearer: Actor, origin: FlowOrigin, basis: FlowBasis) {
    records.append(FlowRecord(kind: .resourceUse, amount: amount, from: bearer, to: nil, origin: origin, basis: basis))
  }
  public mutating func produce(_ amount: Money, origin: FlowOrigin) {
    records.append(FlowRecord(kind: .production, amount: amount, from: nil, to: nil, origin: origin, basis: nil))
  }
}

/// The flows behind one participant's figures.
public struct ParticipantExplanation: Sendable {
  public var id: String
  public var count: Int
  public var before: [FlowRecord]
  public var after: [FlowRecord]
  /// The flows of the record's stated counterfactual period, its revenue's baseline, when it has one.
  public var counterfactual: [FlowRecord]? = nil
  /// Whether the evaluation has a comparison group, whose change (the whole group's) the record's
  /// own before/after revenue does not show.
  public var hasComparisonGroup = false
  public var result: ParticipantResult
}

extension PreparedModel {
  /// Records every flow of one participant's periods, with the same code that computes the figures.
  public func explain(_ input: EvaluationInput, participant id: String) throws(EvaluationError) -> ParticipantExplanation {
    let (resolved, extra) = try validatedWithBaseline(input)
    guard let i = input.participants.firstIndex(where: { $0.id == id }) else { throw .unknownParticipant(id) }
    let record = input.participants[i]
    let periods = resolved.periods(i)
    func flows(_ spells: ArraySlice<ResolvedSpell>, _ care: ArraySlice<ResolvedCare>) -> [FlowRecord] {
      var sink = RecordingSink()
      emitFlows(spells: spells, care: care, into: &sink)
      return sink.records
    }
    var result = ParticipantResult(
      id: record.id, count: record.count, attributes: record.attributes, before: account(periods.before.0, periods.before.1),
      after: account(periods.after.0, periods.after.1))
    var counterfactual: [FlowRecord]? = nil
    if let k = extra.counterfactuals.records.firstIndex(of: i) {
      let period = extra.counterfactuals.periods(k).before
      result.counterfactual = account(period.0, period.1)
      counterfactual = flows(period.0, period.1)
    }
    return ParticipantExplanation(
      id: id, count: record.count, before: flows(periods.before.0, periods.before.1), after: flows(periods.after.0, periods.after.1),
      counterfactual: counterfactual, hasComparisonGroup: input.comparison != nil, result: result)
  }
}

extension ParameterSet {
  /// The model-file path of the parameter behind a flow, e.g. `states[forsorjningsstod].benefit.monthlyAmount`.
  /// The reference state (index == states.count) maps to the average salary.
  public func parameterPath(of origin: FlowOrigin) -> String {
    func state(_ i: Int) -> String { i < states.count ? "states[\(states[i].code)]" : "labour" }
    switch origin {
    case .salary(let i): return i < states.count ? "\(state(i)).work.monthlySalary" : "labour.averageMonthlySalary"
    case .employerContributions: return "labour.employerContributionRate"
    case .agreedFees: return "labour.agreedFeesRate"
    case .wageSubsidy(let i):
      if i < states.count, states[i].work?.subsidy?.rule != nil { return "subsidyRules[\(states[i].code)].share" }
      return "\(state(i)).work.subsidy.share"
    case .benefit(let i):
      if i < states.count, let rule = states[i].benefit?.rule {
        let base = "benefitRules[\(states[i].code)]"
        switch rule.defaultAmount {
        case .daily: return "\(base).dailyAmount"
        case .priceBaseMultiple: return "\(base).guaranteeLevel.tiers"
        case nil: return rule.steps.isEmpty ? "\(base).monthlyCeiling" : "\(base).steps"
        }
      }
      return "\(state(i)).benefit.monthlyAmount"
    case .stateResource(let i, let item): return "\(state(i)).resourceUse[\(item)].monthlyCost"
    case .care(let t): return "careTypes[\(careTypes[t].code)].unitCost"
    case .municipalTax: return "taxes.municipalRate"
    case .regionalTax: return "taxes.regionalRate"
    case .stateTax: return "taxes.stateRate"
    case .publicServiceFee: return "skatteverket.publicServiceFee.rate"
    case .jobTaxCredit: return "skatteverket.jobTaxCreditBase"
    case .earnedIncomeReduction: return "skatteverket.earnedIncomeReduction.rate"
    case .indirectTax: return "taxes.indirectRate"
    }
  }
}
