/// What a participant's after-period is measured against: Payoff's criterion 2 (seed 004, line 497)
/// tells the traditional before/after method from the alternative ones. The one place the three
/// baselines are combined (Docs/method.md, "Baselines"):
///
/// - **before/after** (traditional): revenue R = value(after − before);
/// - **counterfactual** (a stated scenario): each record with a `counterfactual` period is measured
///   against it instead of its `before`, R = value(after − Σ count × (counterfactual ?? before));
/// - **comparison group** (difference in differences): R = value((after − before) − (A − B) × n / m),
///   with A and B the group's after and before totals, m its people and n the participants'.
///
/// The potential is always measured on the participants' `before`, so with an alternative baseline
/// R is no longer P before − P after: verkningsgrad is then the share of the potential before that
/// the intervention freed beyond what would have happened anyway.
public struct Baseline: Sendable, Hashable {
  public var kind: BaselineKind
  /// The count-weighted account the participants' after-total is compared with: R = value(after − total).
  public var total: PeriodAccount
  /// The comparison group's totals, when there is one.
  public var comparison: ComparisonTotals?
  /// The records measured against their own counterfactual period.
  public var counterfactualRecords: Int

  public init(kind: BaselineKind, total: PeriodAccount, comparison: ComparisonTotals? = nil, counterfactualRecords: Int = 0) {
    self.kind = kind
    self.total = total
    self.comparison = comparison
    self.counterfactualRecords = counterfactualRecords
  }

  /// Criterion 2 as the input decides it: a comparison group or a counterfactual is an alternative
  /// method whatever the input states; before/after keeps the stated method (an alternative
  /// evaluated elsewhere may still be labelled so).
  public func method(stated: ClassificationInput.Method) -> ClassificationInput.Method {
    kind == .beforeAfter ? stated : .alternative
  }
}

/// Which baseline an evaluation's revenue was measured against.
public enum BaselineKind: String, CaseIterable, Sendable {
  /// Every participant against its own before-period (Payoff's traditional method).
  case beforeAfter
  /// The participants' change less a comparison group's change per person.
  case comparisonGroup
  /// Every participant against its stated counterfactual period.
  case counterfactual
  /// Some participants against a counterfactual period, the others against their before-period.
  case mixed
}

/// A comparison group's count-weighted totals and its change scaled to the participants.
public struct ComparisonTotals: Sendable, Hashable {
  /// m: the people the group's records stand for.
  public var participantCount: Int
  public var recordCount: Int
  public var before: PeriodAccount
  public var after: PeriodAccount
  /// (after − before) × n / m, each field rounded to öre (halves away from zero): what the
  /// participants' change would have been had they changed as the group did.
  public var scaledChange: PeriodAccount
}

/// The input's extra periods resolved to model indices (``InputRules``): the counterfactual periods,
/// each stored as the `before` of one entry whose record ``ResolvedRecords/records`` names, and the
/// comparison group's records.
struct ResolvedBaseline {
  var counterfactuals = ResolvedRecords(capacity: 0)
  var comparison: ResolvedRecords?
}

extension PreparedModel {
  /// The baseline of a checked input, from the participants' results (their before accounts) and the
  /// resolved extra periods. Also returns each counterfactual account by record index.
  func baseline(
    _ input: EvaluationInput, _ resolved: ResolvedBaseline, participants: [ParticipantResult], totalBefore: PeriodAccount, people n: Int
  ) -> (baseline: Baseline, counterfactuals: [(record: Int, account: PeriodAccount)]) {
    if let group = input.comparison, let records = resolved.comparison {
      var before = PeriodAccount()
      var after = PeriodAccount()
      var m = 0
      for (i, record) in group.participants.enumerated() {
        let periods = records.periods(i)
        before.add(account(periods.before.0, periods.before.1), times: record.count)
        after.add(account(periods.after.0, periods.after.1), times: record.count)
        m += record.count
      }
      let change = (after - before).scaled(n, over: m)
      let totals = ComparisonTotals(participantCount: m, recordCount: group.participants.count, before: before, after: after, scaledChange: change)
      return (Baseline(kind: .comparisonGroup, total: totalBefore + change, comparison: totals), [])
    }
    let entries = resolved.counterfactuals
    guard !entries.records.isEmpty else { return (Baseline(kind: .beforeAfter, total: totalBefore), []) }
    var total = totalBefore
    var accounts: [(record: Int, account: PeriodAccount)] = []
    accounts.reserveCapacity(entries.records.count)
    for (k, i) in entries.records.enumerated() {
      let periods = entries.periods(k)
      let counterfactual = account(periods.before.0, periods.before.1)
      total = total + (counterfactual - participants[i].before) * participants[i].count
      accounts.append((i, counterfactual))
    }
    let kind: BaselineKind = accounts.count == input.participants.count ? .counterfactual : .mixed
    return (Baseline(kind: kind, total: total, counterfactualRecords: accounts.count), accounts)
  }
}

extension PeriodAccount {
  /// Every field × n / m, exactly, rounded to the nearest öre (halves away from zero): the full-width
  /// product never overflows, and the input rules (``AmountBounds``) keep the quotient inside
  /// ``Money/limit``. m ≤ 0 gives the account unchanged.
  func scaled(_ n: Int, over m: Int) -> PeriodAccount {
    guard m > 0, n != m else { return self }
    func scale(_ amount: Money) -> Money {
      let wide = amount.ore.multipliedFullWidth(by: Int64(n))
      // |amount × n / m| < limit (checked), so the quotient fits in 64 bits and cannot trap.
      let (quotient, remainder) = Int64(m).dividingFullWidth(wide)
      let rounded = remainder.magnitude * 2 >= UInt64(m) ? quotient + (remainder < 0 ? -1 : 1) : quotient
      return Money(ore: rounded)
    }
    var r = PeriodAccount()
    for actor in Actor.allCases { r.actors[actor] = scale(actors[actor]) }
    r.production = scale(production)
    r.resourceUse = scale(resourceUse)
    r.publicPayments = scale(publicPayments)
    return r
  }
}
