/// The rules an evaluation input must keep before the engine computes anything. They live here,
/// once, so the engine never traps on bad data whoever calls it, and `validate` and `evaluate`
/// report the same problems.
public enum InputRules {
  /// The months a period holds (the method's 12 months before and after).
  public static let periodMonths = 12.0
  /// Slack for sums of fractional months and shares.
  static let tolerance = 1e-9

  /// Every broken rule, in input order; empty when the input is valid under `model`.
  public static func violations(in input: EvaluationInput, model: PreparedModel) -> [InputViolation] {
    var found: [InputViolation] = []
    func fail(_ path: String, _ message: String) { found.append(InputViolation(path: path, message: message)) }

    if input.name.allSatisfy(\.isWhitespace) { fail("$.name", "must not be empty") }
    if input.association.allSatisfy(\.isWhitespace) { fail("$.association", "must not be empty") }
    checkCost(input.cost, fail)
    if input.participants.isEmpty { fail("$.participants", "must hold at least one participant") }

    var seen: Set<String> = []
    for (i, participant) in input.participants.enumerated() {
      let path = "$.participants[\(i)]"
      if participant.id.isEmpty {
        fail("\(path).id", "must not be empty")
      } else if PersonalIdentityNumber.looksLikeOne(participant.id) {
        fail("\(path).id", "looks like a Swedish personal identity number (personnummer); participant ids must be pseudonymous")
      } else if !seen.insert(participant.id).inserted {
        fail("\(path).id", "duplicate id '\(participant.id)'; ids must be unique within an evaluation")
      }
      if participant.count < 1 { fail("\(path).count", "must be a whole number ≥ 1, got \(participant.count)") }
      checkPeriod(participant.before, path: "\(path).before", model: model, fail)
      checkPeriod(participant.after, path: "\(path).after", model: model, fail)
    }
    return found
  }

  static func checkCost(_ cost: InterventionCost, _ fail: (String, String) -> Void) {
    if cost.total < .zero { fail("$.cost.total", "must not be negative") }
    if !cost.byType.isEmpty {
      var sum = Money.zero
      for (type, amount) in cost.byType.sorted(by: { $0.key < $1.key }) {
        if amount < .zero { fail("$.cost.byType.\(type)", "must not be negative") }
        sum += amount
      }
      if sum != cost.total { fail("$.cost.byType", "sums to \(sum.kronorValue) kr but total is \(cost.total.kronorValue) kr") }
    }
    if !cost.financing.isEmpty {
      var sum = 0.0
      for actor in Actor.allCases {
        guard let share = cost.financing[actor] else { continue }
        if !(share >= 0 && share <= 1) { fail("$.cost.financing.\(actor.rawValue)", "must be a share between 0 and 1") }
        sum += share
      }
      if abs(sum - 1) > 1e-6 { fail("$.cost.financing", "shares must sum to 1, got \(sum)") }
    }
  }

  static func checkPeriod(_ period: Period, path: String, model: PreparedModel, _ fail: (String, String) -> Void) {
    var occupied = 0.0
    for (j, spell) in period.spells.enumerated() {
      let spellPath = "\(path).spells[\(j)]"
      guard let index = model.state(spell.state) else {
        let valid = model.parameters.states.map(\.code).joined(separator: ", ")
        fail("\(spellPath).state", "unknown state '\(spell.state)'; valid states under model \(model.parameters.id): \(valid)")
        continue
      }
      let state = model.supportState(at: index)
      let monthsOK = spell.months > 0 && spell.months <= periodMonths
      let extentOK = spell.extent > 0 && spell.extent <= 1
      if !monthsOK { fail("\(spellPath).months", "must be more than 0 and at most 12, got \(spell.months)") }
      if !extentOK { fail("\(spellPath).extent", "must be more than 0 and at most 1, got \(spell.extent)") }
      if let amount = spell.monthlyAmount {
        if state.work == nil && state.benefit == nil {
          fail("\(spellPath).monthlyAmount", "state '\(spell.state)' has no salary or benefit to set an amount for")
        } else if amount < .zero || amount > model.parameters.maximumMonthlyAmount {
          fail(
            "\(spellPath).monthlyAmount",
            "must be between 0 and \(model.parameters.maximumMonthlyAmount.kronorValue) kr per month, got \(amount.kronorValue)")
        }
      }
      if let share = spell.subsidyShare {
        if state.work?.subsidy == nil {
          fail("\(spellPath).subsidyShare", "state '\(spell.state)' has no wage subsidy")
        } else if !(share >= 0 && share <= 1) {
          fail("\(spellPath).subsidyShare", "must be a share between 0 and 1, got \(share)")
        }
      }
      if state.occupiesTime && monthsOK && extentOK { occupied += spell.months * spell.extent }
    }
    if occupied > periodMonths + tolerance {
      fail("\(path).spells", "holds \(occupied) full-time months; a period holds at most 12")
    }
    for (j, care) in period.care.enumerated() {
      let carePath = "\(path).care[\(j)]"
      if model.careType(care.type) == nil {
        let valid = model.parameters.careTypes.map(\.code).joined(separator: ", ")
        fail("\(carePath).type", "unknown care type '\(care.type)'; valid types under model \(model.parameters.id): \(valid)")
      }
      if !(care.count >= 0 && care.count <= 10_000) {
        fail("\(carePath).count", "must be between 0 and 10000 contacts, got \(care.count)")
      }
    }
  }
}
