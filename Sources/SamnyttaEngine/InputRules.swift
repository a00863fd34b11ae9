/// The rules an evaluation input must keep before the engine computes anything. They live here,
/// once, so the engine never traps on bad data whoever calls it, and `validate` and `evaluate`
/// report the same problems. Checking also resolves every state and care code to the model's
/// index, so the evaluation itself never looks a code up again.
public enum InputRules {
  /// The months a period holds (the method's 12 months before and after).
  public static let periodMonths = 12.0
  /// The most contacts of one care type a period may state before it is refused as absurd.
  public static let maximumContacts = 10_000.0
  /// The most people one record (a typfall) or a whole evaluation may stand for; far above any
  /// intervention, and low enough that no sum of öre can overflow.
  public static let maximumCount = 10_000_000
  /// A number as people write it in a message: `13`, `0.3`, `1.5` (at most six decimals).
  static func text(_ x: Double) -> String {
    guard x.isFinite else { return "\(x)" }
    let rounded = (x * 1_000_000).rounded() / 1_000_000
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
    return "\(rounded)"
  }

  /// An amount in kronor for a message: `90000.5 kr`.
  static func text(_ m: Money) -> String { text(m.kronorValue) + " kr" }

  /// Slack for sums of fractional months and shares.
  static let tolerance = 1e-9
  /// Slack for financing shares, which users type with a few decimals (1/3 as 0.333333).
  static let financingTolerance = 1e-6

  /// Every broken rule, in input order; empty when the input is valid under `model`.
  public static func violations(in input: EvaluationInput, model: PreparedModel) -> [InputViolation] {
    var resolution = ResolvedRecords(capacity: 0)
    return check(input, model: model, into: &resolution)
  }

  /// Checks every rule and fills `resolved` with the input's spells and care as model indices.
  static func check(_ input: EvaluationInput, model: PreparedModel, into resolved: inout ResolvedRecords) -> [InputViolation] {
    var baseline = ResolvedBaseline()
    return check(input, model: model, into: &resolved, baseline: &baseline)
  }

  /// Checks every rule, filling `resolved` with the participants' periods and `baseline` with their
  /// counterfactual periods and the comparison group's records (``Baseline``).
  static func check(
    _ input: EvaluationInput, model: PreparedModel, into resolved: inout ResolvedRecords, baseline: inout ResolvedBaseline
  ) -> [InputViolation] {
    var found: [InputViolation] = []
    func fail(_ location: InputLocation, _ rule: BrokenRule) { found.append(InputViolation(rule, at: location)) }

    if input.name.allSatisfy(\.isWhitespace) { fail(.name, .emptyText) }
    if input.association.allSatisfy(\.isWhitespace) { fail(.association, .emptyText) }
    checkCost(input.cost, fail)
    if input.participants.isEmpty { fail(.participants, .noParticipants) }
    let people = checkRecords(input.participants, model: model, into: &resolved, counterfactuals: &baseline.counterfactuals, fail)
    if people > maximumCount { fail(.participants, .tooManyPeople(people)) }

    if let group = input.comparison {
      func failInGroup(_ location: InputLocation, _ rule: BrokenRule) { fail(.comparison(location), rule) }
      for (i, participant) in input.participants.enumerated() where participant.counterfactual != nil {
        fail(.period(participant: i, period: .counterfactual), .counterfactualWithComparisonGroup)
      }
      if group.participants.isEmpty { failInGroup(.participants, .noParticipants) }
      var records = ResolvedRecords(capacity: group.participants.count)
      var none = ResolvedRecords(capacity: 0)
      let groupPeople = checkRecords(group.participants, model: model, into: &records, counterfactuals: &none, failInGroup)
      for (i, record) in group.participants.enumerated() where record.counterfactual != nil {
        failInGroup(.period(participant: i, period: .counterfactual), .counterfactualInComparisonGroup)
      }
      if groupPeople > maximumCount { failInGroup(.participants, .tooManyPeople(groupPeople)) }
      baseline.comparison = records
    }
    if found.isEmpty { found += AmountBounds.violations(input, resolved: resolved, model: model) }
    if found.isEmpty { found += AmountBounds.baselineViolations(input, resolved: resolved, baseline: baseline, model: model) }
    return found
  }

  /// The rules of a list of records (the participants, or the comparison group's): ids, counts and
  /// both periods, and each counterfactual period into `counterfactuals` (one entry per record that
  /// has one, as its `before`). Returns the people the valid counts stand for.
  static func checkRecords(
    _ records: [Participant], model: PreparedModel, into resolved: inout ResolvedRecords, counterfactuals: inout ResolvedRecords,
    _ fail: (InputLocation, BrokenRule) -> Void
  ) -> Int {
    var seen = Set<String>(minimumCapacity: records.count)
    var people = 0
    for (i, participant) in records.enumerated() {
      if participant.id.isEmpty {
        fail(.participant(index: i, field: .id), .emptyText)
      } else if PersonalIdentityNumber.looksLikeOne(participant.id) {
        fail(.participant(index: i, field: .id), .personalIdentityNumber)
      } else if !seen.insert(participant.id).inserted {
        fail(.participant(index: i, field: .id), .duplicateId(participant.id))
      }
      if participant.count < 1 || participant.count > maximumCount {
        fail(.participant(index: i, field: .count), .countOutOfRange(participant.count))
      } else {
        people += participant.count
      }
      resolved.beginParticipant()
      checkPeriod(participant.before, participant: i, .before, model: model, into: &resolved, fail)
      resolved.beginAfter()
      checkPeriod(participant.after, participant: i, .after, model: model, into: &resolved, fail)
      if let counterfactual = participant.counterfactual {
        counterfactuals.beginParticipant(record: i)
        checkPeriod(counterfactual, participant: i, .counterfactual, model: model, into: &counterfactuals, fail)
        counterfactuals.beginAfter()
      }
    }
    return people
  }

  static func checkCost(_ cost: InterventionCost, _ fail: (InputLocation, BrokenRule) -> Void) {
    if cost.total < .zero { fail(.cost(.total), .negativeAmount) }
    if !cost.byType.isEmpty {
      var sum = Money.zero
      var overflow = false
      for (type, amount) in cost.byType.sorted(by: { $0.key < $1.key }) {
        if amount < .zero { fail(.cost(.byTypeAmount(type)), .negativeAmount) }
        let (next, overflowed) = sum.addingReportingOverflow(amount)
        (sum, overflow) = (next, overflow || overflowed)
      }
      if overflow {
        fail(.cost(.byType), .costByTypeOverflow(total: cost.total))
      } else if sum != cost.total {
        fail(.cost(.byType), .costByTypeSum(sum: sum, total: cost.total))
      }
    }
    if !cost.financing.isEmpty {
      var sum = 0.0
      for actor in Actor.allCases {
        guard let share = cost.financing[actor] else { continue }
        if !(share >= 0 && share <= 1) { fail(.cost(.financingShare(actor)), .financingShareOutOfRange(share)) }
        sum += share
      }
      if !(abs(sum - 1) <= financingTolerance) { fail(.cost(.financing), .financingSum(sum)) }
    }
  }

  static func checkPeriod(
    _ period: Period, participant i: Int, _ which: InputLocation.PeriodName, model: PreparedModel, into resolved: inout ResolvedRecords,
    _ fail: (InputLocation, BrokenRule) -> Void
  ) {
    if period.spells.isEmpty {
      fail(.spells(participant: i, period: which), .periodWithoutSpells(noSupportState: model.noPublicSupportState))
    }
    var occupied = 0.0
    for (j, spell) in period.spells.enumerated() {
      func at(_ field: InputLocation.SpellField) -> InputLocation { .spell(participant: i, period: which, index: j, field: field) }
      guard let index = model.state(spell.state) else {
        fail(at(.state), .unknownState(spell.state, model: model.parameters.id, valid: model.parameters.states.map(\.code)))
        continue
      }
      let state = model.states[index]
      let monthsOK = spell.months > 0 && spell.months <= periodMonths
      let extentOK = spell.extent > 0 && spell.extent <= 1
      var spellOK = monthsOK && extentOK
      if !monthsOK { fail(at(.months), .monthsOutOfRange(spell.months)) }
      if !extentOK { fail(at(.extent), .extentOutOfRange(spell.extent)) }
      if let amount = spell.monthlyAmount {
        if state.salary == nil && state.benefit == nil {
          fail(at(.monthlyAmount), .amountWithoutSalaryOrBenefit(state: spell.state))
          spellOK = false
        } else if amount < .zero || amount > model.parameters.maximumMonthlyAmount {
          fail(at(.monthlyAmount), .monthlyAmountOutOfRange(amount, maximum: model.parameters.maximumMonthlyAmount))
          spellOK = false
        }
      }
      if let share = spell.subsidyShare {
        if state.subsidy == nil {
          fail(at(.subsidyShare), .subsidyWithoutWageSubsidy(state: spell.state))
          spellOK = false
        } else if !(share >= 0 && share <= 1) {
          fail(at(.subsidyShare), .subsidyShareOutOfRange(share))
          spellOK = false
        }
      }
      if state.occupiesTime && monthsOK && extentOK { occupied += spell.months * spell.extent }
      if spellOK {
        resolved.spells.append(
          ResolvedSpell(
            state: index, months: spell.months, extent: spell.extent, monthlyAmount: spell.monthlyAmount, subsidyShare: spell.subsidyShare))
      }
    }
    if occupied > periodMonths + tolerance {
      fail(.spells(participant: i, period: which), .periodOverfull(fullTimeMonths: occupied))
    }
    for (j, care) in period.care.enumerated() {
      let type = model.careType(care.type)
      let countOK = care.count >= 0 && care.count <= maximumContacts
      if type == nil {
        fail(
          .care(participant: i, period: which, index: j, field: .type),
          .unknownCareType(care.type, model: model.parameters.id, valid: model.parameters.careTypes.map(\.code)))
      }
      if !countOK { fail(.care(participant: i, period: which, index: j, field: .count), .contactsOutOfRange(care.count)) }
      if let type, countOK { resolved.care.append(ResolvedCare(type: type, count: care.count)) }
    }
  }
}

/// The input's spells and care with codes resolved to model indices, stored flat: one array of
/// spells and one of care for all participants, and offsets saying which belong to whom.
struct ResolvedRecords {
  var spells: [ResolvedSpell] = []
  var care: [ResolvedCare] = []
  /// Per participant: where its before spells start, where its after spells start, and the same for care.
  var offsets: [(spells: Int, afterSpells: Int, care: Int, afterCare: Int)] = []
  /// For a list of counterfactual periods only: the input record each entry belongs to.
  var records: [Int] = []

  init(capacity participants: Int) {
    spells.reserveCapacity(participants * 4)
    care.reserveCapacity(participants * 2)
    offsets.reserveCapacity(participants)
  }

  mutating func beginParticipant() { offsets.append((spells.count, spells.count, care.count, care.count)) }
  mutating func beginParticipant(record: Int) {
    beginParticipant()
    records.append(record)
  }
  mutating func beginAfter() {
    offsets[offsets.count - 1].afterSpells = spells.count
    offsets[offsets.count - 1].afterCare = care.count
  }

  /// The before and after spells and care of participant `i`.
  func periods(_ i: Int) -> (
    before: (ArraySlice<ResolvedSpell>, ArraySlice<ResolvedCare>), after: (ArraySlice<ResolvedSpell>, ArraySlice<ResolvedCare>)
  ) {
    let o = offsets[i]
    let spellEnd = i + 1 < offsets.count ? offsets[i + 1].spells : spells.count
    let careEnd = i + 1 < offsets.count ? offsets[i + 1].care : care.count
    return ((spells[o.spells..<o.afterSpells], care[o.care..<o.afterCare]), (spells[o.afterSpells..<spellEnd], care[o.afterCare..<careEnd]))
  }
}
