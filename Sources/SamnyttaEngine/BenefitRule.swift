/// The law's rule for a benefit's amount, where a model states one (`benefitRules` in the model
/// file; Docs/method.md, "Benefit rules"). Without a rule, a benefit is the input's amount or the
/// state's flat `monthlyAmount`, as before.
///
/// - `defaultAmount` replaces the state's flat amount when the input gives none: a daily amount
///   times payable days (aktivitetsstöd), or a guarantee level in prisbasbelopp by age
///   (sjukersättning, aktivitetsersättning; the model's assumed age, since inputs carry no age).
/// - `steps` lower the model's amount over the spell, as the a-kassa's 80/70/65 % do: the spell is
///   taken to start on the first day of its benefit period, and the amount is scaled by the mean
///   rate over its payable days relative to the first rate. An amount from the input is the
///   actual mean amount and is not stepped.
/// - `monthlyCeiling` caps every amount, from the input or the model (SGI ceiling, income cap).
public struct BenefitRule: Sendable {
  public enum DefaultAmount: Sendable {
    case daily(amount: Money, daysPerMonth: Double)
    case priceBaseMultiple(tiers: [AgeTier], assumedAge: Double, priceBaseAmount: Money)
  }

  /// From `fromAge` (inclusive) the annual amount is `multiple` × prisbasbelopp.
  public struct AgeTier: Sendable, Hashable {
    public var fromAge: Double
    public var multiple: Double
    public init(fromAge: Double, multiple: Double) {
      self.fromAge = fromAge
      self.multiple = multiple
    }
  }

  /// From payable day `fromDay` (the first day is 1) the benefit is `rate` of the income.
  public struct Step: Sendable, Hashable {
    public var fromDay: Double
    public var rate: Double
    public init(fromDay: Double, rate: Double) {
      self.fromDay = fromDay
      self.rate = rate
    }
  }

  public var defaultAmount: DefaultAmount?
  /// In increasing `fromDay`, the first from day 1; empty when the amount does not step down.
  public var steps: [Step]
  public var payableDaysPerMonth: Double
  public var monthlyCeiling: Money?

  public init(defaultAmount: DefaultAmount?, steps: [Step], payableDaysPerMonth: Double, monthlyCeiling: Money?) {
    self.defaultAmount = defaultAmount
    self.steps = steps
    self.payableDaysPerMonth = payableDaysPerMonth
    self.monthlyCeiling = monthlyCeiling
  }

  /// The monthly amount at full extent when the input gives none; `flat` when the rule has no default.
  public func defaultMonthlyAmount(flat: Money) -> Money {
    switch defaultAmount {
    case nil: return flat
    case .daily(let amount, let days): return amount.scaled(by: days)
    case .priceBaseMultiple(let tiers, let age, let pbb):
      let tier = tiers.last { $0.fromAge <= age } ?? tiers.first
      return pbb.scaled(by: (tier?.multiple ?? 0) / 12)
    }
  }

  /// The mean rate over a spell of `months` months, relative to the first rate (1 without steps).
  public func stepFactor(months: Double) -> Double {
    guard let first = steps.first, first.rate > 0, months > 0, payableDaysPerMonth > 0 else { return 1 }
    let days = months * payableDaysPerMonth
    var weighted = 0.0
    for (i, step) in steps.enumerated() {
      let start = step.fromDay - 1
      let end = i + 1 < steps.count ? steps[i + 1].fromDay - 1 : .infinity
      let covered = min(days, end) - start
      if covered > 0 { weighted += covered * step.rate }
    }
    return weighted / days / first.rate
  }
}

/// The law's rule for a wage subsidy, where a model states one (`subsidyRules`): the subsidy is
/// `share` of the salary (or of the labour cost on it) up to `salaryCap` per full-time month, and at
/// most `monthlyCap` per full-time month, so a higher salary does not raise the subsidy past the
/// cap. A share from the input is the actual share of the labour cost and is applied as given.
public struct SubsidyRule: Sendable {
  public enum Basis: String, Sendable, CaseIterable {
    /// The share applies to the gross salary (nystartsjobb: an amount equal to the employer contributions).
    case salary
    /// The share applies to the labour cost: salary plus employer contributions (lönebidrag, OSA).
    case labourCost
  }

  public var share: Double
  public var basis: Basis
  public var salaryCap: Money?
  public var monthlyCap: Money?

  public init(share: Double, basis: Basis, salaryCap: Money?, monthlyCap: Money?) {
    self.share = share
    self.basis = basis
    self.salaryCap = salaryCap
    self.monthlyCap = monthlyCap
  }
}
