import SamnyttaEngine

/// The one map from a model parameter's path (``ModelParameter/path``) to its field in a
/// ``ParameterSet``, to read and to write: the uncertainty analysis draws a value and writes it
/// here. Amounts are read and written in kronor (rounded to öre); tables are never set.
///
/// The paths are those the model decoder records (`labour.averageMonthlySalary`,
/// `states[arbete].work.monthlySalary`, `benefitRules[a_kassa].payableDaysPerMonth`, …).
public enum ParameterField {
  /// The field's value, or `nil` when `path` names no settable field of `parameters`.
  public static func value(_ path: String, in parameters: ParameterSet) -> Double? {
    var copy = parameters
    var read: Double? = nil
    _ = access(path, in: &copy) { read = $0 }
    return read
  }

  /// Writes `value` into the field at `path`; `false` (and nothing written) when there is none.
  @discardableResult
  public static func set(_ path: String, to value: Double, in parameters: inout ParameterSet) -> Bool {
    access(path, in: &parameters) { $0 = value }
  }

  /// What writes the field at `path` of parameter sets shaped like `parameters` (the same states
  /// and care types in the same order, as every drawn model is): the path parsed and its state
  /// found once, for the uncertainty analysis's many draws. `nil` when `path` names no settable field.
  public static func setter(_ path: String, in parameters: ParameterSet) -> ParameterSpace.Setter? {
    let parsed = ParsedPath(path)
    let index: Int?
    switch parsed.head {
    case "states", "benefitRules", "subsidyRules": index = parameters.states.firstIndex { $0.code == parsed.code }
    case "careTypes": index = parameters.careTypes.firstIndex { $0.code == parsed.code }
    default: index = nil
    }
    var probe = parameters
    guard access(parsed, index: index, in: &probe, { _ in }) else { return nil }
    if let direct = directSetter(parsed, index: index) { return direct }
    return { p, value in _ = access(parsed, index: index, in: &p) { $0 = value } }
  }

  /// The most drawn fields written straight, without matching the path on every draw (the same
  /// writes as ``access(_:index:in:_:)``: amounts rounded to öre, a state's field only while the
  /// state at `index` is still the path's). `nil` for the rest, which go through `access`.
  /// An amount in kronor rounded to öre, as `access` writes it (the old one when it cannot be).
  @Sendable static func amount(_ kronor: Double, _ old: Money) -> Money { Money(roundingOre: kronor * 100) ?? old }

  static func directSetter(_ parsed: ParsedPath, index: Int?) -> ParameterSpace.Setter? {
    let code = String(parsed.code)
    switch (parsed.head, parsed.rest) {
    case ("labour", "averageMonthlySalary"): return { p, v in p.labour.averageMonthlySalary = amount(v, p.labour.averageMonthlySalary) }
    case ("labour", "employerContributionRate"): return { p, v in p.labour.employerContributionRate = v }
    case ("labour", "agreedFeesRate"): return { p, v in p.labour.agreedFeesRate = v }
    case ("taxes", "municipalRate"): return { p, v in p.taxes.municipalRate = v }
    case ("taxes", "regionalRate"): return { p, v in p.taxes.regionalRate = v }
    case ("taxes", "stateRate"): return { p, v in p.taxes.stateRate = v }
    case ("taxes", "indirectRate"): return { p, v in p.taxes.indirectRate = v }
    case ("careTypes", "unitCost"):
      guard let i = index else { return nil }
      return { p, v in
        guard p.careTypes.indices.contains(i), p.careTypes[i].code == code else {
          _ = access(parsed, index: nil, in: &p) { $0 = v }
          return
        }
        p.careTypes[i].cost.unitCost = amount(v, p.careTypes[i].cost.unitCost)
      }
    case ("states", let rest):
      guard let i = index else { return nil }
      let write: @Sendable (inout SupportState, Double) -> Void
      switch rest {
      case "benefit.monthlyAmount":
        write = { s, v in if let old = s.benefit?.defaultMonthlyAmount { s.benefit?.defaultMonthlyAmount = amount(v, old) } }
      case "work.monthlySalary": write = { s, v in if let old = s.work?.defaultMonthlySalary { s.work?.defaultMonthlySalary = amount(v, old) } }
      case "work.subsidy.share": write = { s, v in s.work?.subsidy?.defaultShare = v }
      default:
        guard rest.hasPrefix("resourceUse["), rest.hasSuffix("].monthlyCost"),
          let k = Int(rest.dropFirst("resourceUse[".count).dropLast("].monthlyCost".count))
        else { return nil }
        write = { s, v in if s.resourceUse.indices.contains(k) { s.resourceUse[k].unitCost = amount(v, s.resourceUse[k].unitCost) } }
      }
      return { p, v in
        guard p.states.indices.contains(i), p.states[i].code == code else {
          _ = access(parsed, index: nil, in: &p) { $0 = v }
          return
        }
        write(&p.states[i], v)
      }
    default: return nil
    }
  }

  /// Calls `body` with the field at `path` and writes back what it leaves there.
  static func access(_ path: String, in p: inout ParameterSet, _ body: (inout Double) -> Void) -> Bool {
    access(ParsedPath(path), index: nil, in: &p, body)
  }

  /// ``access(_:in:_:)`` of a parsed path; `index`, when given, is the position of its state or
  /// care type (found once by its code).
  static func access(_ parsed: ParsedPath, index: Int?, in p: inout ParameterSet, _ body: (inout Double) -> Void) -> Bool {
    func money(_ m: inout Money) {
      var kronor = m.kronorValue
      body(&kronor)
      m = amount(kronor, m)
    }
    func optionalMoney(_ m: inout Money?) -> Bool {
      guard var value = m else { return false }
      money(&value)
      m = value
      return true
    }
    // A given index is used only while it still names the path's state (the same storage: a cheap compare).
    func stateIndex() -> Int? {
      if let index, p.states.indices.contains(index), p.states[index].code == parsed.code { return index }
      return p.states.firstIndex { $0.code == parsed.code }
    }
    switch (parsed.head, parsed.rest) {
    case ("labour", "averageMonthlySalary"): money(&p.labour.averageMonthlySalary)
    case ("labour", "employerContributionRate"): body(&p.labour.employerContributionRate)
    case ("labour", "agreedFeesRate"): body(&p.labour.agreedFeesRate)
    case ("taxes", "municipalRate"): body(&p.taxes.municipalRate)
    case ("taxes", "regionalRate"): body(&p.taxes.regionalRate)
    case ("taxes", "stateRate"): body(&p.taxes.stateRate)
    case ("taxes", "stateThresholdAnnual"): money(&p.taxes.stateThresholdAnnual)
    case ("taxes", "indirectRate"): body(&p.taxes.indirectRate)
    case ("sensitivity", "externalFactorsShare"): body(&p.externalFactorsShare)
    case ("validation", "maximumMonthlyAmount"): money(&p.maximumMonthlyAmount)
    case ("classification", "extensiveExclusionMonths"): body(&p.classification.extensiveExclusionMonths)
    case ("classification", "mediumResourcesPerParticipant"): money(&p.classification.mediumResourcesPerParticipant)
    case ("classification", "largeResourcesPerParticipant"): money(&p.classification.largeResourcesPerParticipant)
    case ("defaultFinancing", let key):
      guard let actor = Actor(rawValue: key), var share = p.defaultFinancing[actor] else { return false }
      body(&share)
      p.defaultFinancing[actor] = share
    case ("states", _):
      guard let i = stateIndex(), p.states.indices.contains(i) else { return false }
      return state(parsed.rest, &p.states[i], money: money, body)
    case ("careTypes", "unitCost"):
      let given = index.flatMap { p.careTypes.indices.contains($0) && p.careTypes[$0].code == parsed.code ? $0 : nil }
      guard let i = given ?? p.careTypes.firstIndex(where: { $0.code == parsed.code }) else { return false }
      money(&p.careTypes[i].cost.unitCost)
    case ("benefitRules", _):
      guard let i = stateIndex(), p.states.indices.contains(i), var rule = p.states[i].benefit?.rule else { return false }
      guard benefitRule(parsed.rest, &rule, money: money, optionalMoney: optionalMoney, body) else { return false }
      p.states[i].benefit?.rule = rule
    case ("subsidyRules", _):
      guard let i = stateIndex(), p.states.indices.contains(i), var rule = p.states[i].work?.subsidy?.rule else { return false }
      switch parsed.rest {
      case "share": body(&rule.share)
      case "salaryCap": guard optionalMoney(&rule.salaryCap) else { return false }
      case "monthlyCap": guard optionalMoney(&rule.monthlyCap) else { return false }
      default: return false
      }
      p.states[i].work?.subsidy?.rule = rule
    case ("skatteverket", _):
      guard case .skatteverket(var rules) = p.taxRules else { return false }
      switch parsed.rest {
      case "priceBaseAmount": money(&rules.priceBaseAmount)
      case "incomeRounding": money(&rules.incomeRounding)
      case "allowanceRounding": money(&rules.allowanceRounding)
      case "creditRounding": money(&rules.creditRounding)
      case "earnedIncomeReduction.threshold", "earnedIncomeReduction.rate", "earnedIncomeReduction.maximum":
        guard var r = rules.earnedIncomeReduction else { return false }
        switch parsed.rest {
        case "earnedIncomeReduction.threshold": money(&r.threshold)
        case "earnedIncomeReduction.rate": body(&r.rate)
        default: money(&r.maximum)
        }
        rules.earnedIncomeReduction = r
      case "publicServiceFee.rate", "publicServiceFee.maximum":
        guard var f = rules.publicServiceFee else { return false }
        if parsed.rest == "publicServiceFee.rate" { body(&f.rate) } else { money(&f.maximum) }
        rules.publicServiceFee = f
      default: return false
      }
      p.taxRules = .skatteverket(rules)
    default: return false
    }
    return true
  }

  static func state(_ rest: String, _ s: inout SupportState, money: (inout Money) -> Void, _ body: (inout Double) -> Void) -> Bool {
    switch rest {
    case "benefit.monthlyAmount":
      guard var b = s.benefit else { return false }
      money(&b.defaultMonthlyAmount)
      s.benefit = b
    case "work.monthlySalary":
      guard var w = s.work else { return false }
      money(&w.defaultMonthlySalary)
      s.work = w
    case "work.subsidy.share":
      guard var subsidy = s.work?.subsidy else { return false }
      body(&subsidy.defaultShare)
      s.work?.subsidy = subsidy
    default:
      // resourceUse[i].monthlyCost
      guard rest.hasPrefix("resourceUse["), rest.hasSuffix("].monthlyCost"),
        let i = Int(rest.dropFirst("resourceUse[".count).dropLast("].monthlyCost".count)), s.resourceUse.indices.contains(i)
      else { return false }
      money(&s.resourceUse[i].unitCost)
    }
    return true
  }

  static func benefitRule(
    _ rest: String, _ rule: inout BenefitRule, money: (inout Money) -> Void, optionalMoney: (inout Money?) -> Bool, _ body: (inout Double) -> Void
  ) -> Bool {
    switch (rest, rule.defaultAmount) {
    case ("monthlyCeiling", _): return optionalMoney(&rule.monthlyCeiling)
    case ("payableDaysPerMonth", _):
      body(&rule.payableDaysPerMonth)
      // A daily amount carries the same days (the decoder reads one value into both).
      if case .daily(let amount, _) = rule.defaultAmount { rule.defaultAmount = .daily(amount: amount, daysPerMonth: rule.payableDaysPerMonth) }
    case ("dailyAmount", .daily(var amount, let days)):
      money(&amount)
      rule.defaultAmount = .daily(amount: amount, daysPerMonth: days)
    case ("guaranteeLevel.assumedAge", .priceBaseMultiple(let tiers, var age, let pbb)):
      body(&age)
      rule.defaultAmount = .priceBaseMultiple(tiers: tiers, assumedAge: age, priceBaseAmount: pbb)
    case ("guaranteeLevel.priceBaseAmount", .priceBaseMultiple(let tiers, let age, var pbb)):
      money(&pbb)
      rule.defaultAmount = .priceBaseMultiple(tiers: tiers, assumedAge: age, priceBaseAmount: pbb)
    default: return false
    }
    return true
  }
}

/// A parameter path split at its first step: `states[arbete].work.monthlySalary` is head `states`,
/// code `arbete`, rest `work.monthlySalary`; `taxes.municipalRate` is head `taxes`, rest `municipalRate`.
struct ParsedPath: Sendable {
  var head: Substring
  var code: Substring
  var rest: String

  init(_ path: String) {
    let headEnd = path.firstIndex { $0 == "." || $0 == "[" } ?? path.endIndex
    head = path[..<headEnd]
    code = ""
    var restStart = headEnd
    if headEnd < path.endIndex, path[headEnd] == "[", let close = path[headEnd...].firstIndex(of: "]") {
      code = path[path.index(after: headEnd)..<close]
      restStart = path.index(after: close)
    }
    if restStart < path.endIndex, path[restStart] == "." { restStart = path.index(after: restStart) }
    rest = String(path[restStart...])
  }
}
