/// The income tax of one 12-month period, as the model's ``TaxRules`` compute it from the
/// period's annual taxable income and the work income in it (Docs/method.md, "Taxes").
///
/// Every amount is what one actor receives or pays: municipal tax to the kommun, regional tax to
/// the region, state tax and the public service fee to övrig stat; the two tax reductions are
/// borne by övrig stat (the state compensates kommun and region for them, so their tax base is
/// the taxable income after grundavdrag only).
public struct IncomeTax: Sendable, Hashable {
  /// The income the taxes start from: taxable income, rounded down to the model's step under `skatteverket`.
  public var assessedIncome: Money
  /// Grundavdrag (0 under `flat`).
  public var basicAllowance: Money
  /// The base of municipal and regional tax: assessed income − grundavdrag.
  public var taxableIncome: Money
  public var municipalTax: Money
  public var regionalTax: Money
  /// The part of the taxable income above the skiktgräns, and the state tax on it.
  public var stateTaxBase: Money
  public var stateTax: Money
  /// The jobbskatteavdrag base after grundavdrag (the amount the kommunal rate is applied to).
  public var jobTaxCreditBase: Money
  public var jobTaxCredit: Money
  /// The part of the taxable income above the reduction's threshold, and the reduction.
  public var earnedIncomeReductionBase: Money
  public var earnedIncomeReduction: Money
  public var publicServiceFee: Money

  /// What the individual pays in all: taxes and fee less the reductions.
  public var net: Money { municipalTax + regionalTax + stateTax + publicServiceFee - jobTaxCredit - earnedIncomeReduction }

  /// Taxes `taxable` (annual taxable income of the period) of which `work` is income from work.
  /// The rules are compiled (``CompiledTax``) and taxed by the one computation the engine uses.
  public init(taxable: Money, work: Money, rates: TaxParameters, rules: TaxRules) {
    var brackets: [CompiledBracket] = []
    let compiled = CompiledTax(rates: rates, rules: rules, brackets: &brackets)
    self = brackets.withUnsafeBufferPointer { IncomeTax(taxable: taxable, work: work, compiled: compiled, brackets: $0) }
  }

  @usableFromInline init(flat taxable: Money, rates: TaxParameters) {
    assessedIncome = taxable
    basicAllowance = .zero
    taxableIncome = taxable
    municipalTax = taxable.scaled(by: rates.municipalRate)
    regionalTax = taxable.scaled(by: rates.regionalRate)
    stateTaxBase = max(.zero, taxable - rates.stateThresholdAnnual)
    stateTax = stateTaxBase.scaled(by: rates.stateRate)
    jobTaxCreditBase = .zero
    jobTaxCredit = .zero
    earnedIncomeReductionBase = .zero
    earnedIncomeReduction = .zero
    publicServiceFee = .zero
  }

  /// The tax under the model's rules as plain values (``CompiledTax``): no reference on the way.
  @usableFromInline init(taxable: Money, work: Money, compiled c: CompiledTax, brackets: UnsafeBufferPointer<CompiledBracket>) {
    if c.skatteverket {
      self.init(skatteverket: taxable, work: work, compiled: c, brackets: brackets)
    } else {
      self.init(flat: taxable, rates: c.rates)
    }
  }

  private init(skatteverket taxable: Money, work: Money, compiled c: CompiledTax, brackets: UnsafeBufferPointer<CompiledBracket>) {
    let rates = c.rates
    let assessed = Self.roundedDown(max(.zero, taxable), to: c.incomeRounding)
    let workIncome = Self.roundedDown(min(max(.zero, work), assessed), to: c.incomeRounding)
    // IL 63 kap. 3 §: the allowance by the assessed income, never above it, rounded up.
    var allowance = Money.zero
    if assessed > .zero {
      let value = CompiledBracket.value(UnsafeBufferPointer(rebasing: brackets[c.allowance]), income: assessed.kronorValue)
      let raw = min(Self.money(value), assessed)
      allowance = min(Self.roundedUp(max(.zero, raw), to: c.allowanceRounding), assessed)
    }
    let base = assessed - allowance
    assessedIncome = assessed
    basicAllowance = allowance
    taxableIncome = base
    municipalTax = base.scaled(by: rates.municipalRate)
    regionalTax = base.scaled(by: rates.regionalRate)
    stateTaxBase = max(.zero, base - rates.stateThresholdAnnual)
    stateTax = stateTaxBase.scaled(by: rates.stateRate)
    let localTax = municipalTax + regionalTax
    // IL 67 kap. 7 §: (schedule(work income) − grundavdrag) × the kommunal rate, rounded down,
    // set off against the kommunal income tax only.
    let kommunalRate = rates.municipalRate + rates.regionalRate
    var creditBase = Money.zero
    var credit = Money.zero
    if workIncome > .zero {
      let value = CompiledBracket.value(UnsafeBufferPointer(rebasing: brackets[c.jobTaxCreditBase]), income: workIncome.kronorValue)
      creditBase = max(.zero, Self.money(value) - allowance)
      credit = min(Self.roundedDown(creditBase.scaled(by: kommunalRate), to: c.creditRounding), localTax)
    }
    jobTaxCreditBase = creditBase
    jobTaxCredit = credit
    var reductionBase = Money.zero
    var reduction = Money.zero
    if c.hasEarnedIncomeReduction {
      reductionBase = max(.zero, base - c.reductionThreshold)
      let raw = Self.roundedDown(reductionBase.scaled(by: c.reductionRate), to: c.creditRounding)
      reduction = min(raw, c.reductionMaximum, localTax - credit)
    }
    earnedIncomeReductionBase = reductionBase
    earnedIncomeReduction = reduction
    if c.hasPublicServiceFee {
      publicServiceFee = min(Self.roundedDown(base.scaled(by: c.feeRate), to: c.creditRounding), c.feeMaximum)
    } else {
      publicServiceFee = .zero
    }
  }

  /// Kronor as money, rounded to öre; 0 for a value that is not finite (cannot arise from checked input).
  static func money(_ kronor: Double) -> Money { Money(roundingOre: kronor * 100) ?? .zero }

  /// The largest multiple of `step` not above `amount` (amount ≥ 0); `amount` itself for a step of 0.
  static func roundedDown(_ amount: Money, to step: Money) -> Money {
    guard step.ore > 0 else { return amount }
    return Money(ore: amount.ore / step.ore * step.ore)
  }

  /// The smallest multiple of `step` not below `amount` (amount ≥ 0); `amount` itself for a step of 0.
  static func roundedUp(_ amount: Money, to step: Money) -> Money {
    guard step.ore > 0 else { return amount }
    let (quotient, remainder) = amount.ore.quotientAndRemainder(dividingBy: step.ore)
    return Money(ore: (quotient + (remainder > 0 ? 1 : 0)) * step.ore)
  }
}
