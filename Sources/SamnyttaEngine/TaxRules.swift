/// How a model taxes a period's income (Docs/method.md, "Taxes").
///
/// - `flat`: the full municipal and regional rates on the whole taxable income and the state rate
///   above the threshold on that same income, as Payoff's published figures imply (`se-2016`).
/// - `skatteverket`: as Skatteverket computes the final tax: grundavdrag (IL 63 kap.) reduces the
///   base of municipal, regional and state tax; jobbskatteavdrag (IL 67 kap.) on work income,
///   skattereduktion för förvärvsinkomst and the public service fee, all with the model's brackets.
public enum TaxRules: Sendable {
  case flat
  case skatteverket(SkatteverketTaxRules)

  /// The model-file word for the rules.
  public var name: String {
    switch self {
    case .flat: return "flat"
    case .skatteverket: return "skatteverket"
    }
  }
}

/// A schedule that is linear within brackets of annual income measured in prisbasbelopp (PBB):
/// within a bracket, `value = basePbb × PBB + rate × (income − fromPbb × PBB)`. This is the shape
/// of both the grundavdrag (IL 63 kap. 3 §) and the jobbskatteavdrag base (IL 67 kap. 7 §).
public struct PriceBaseSchedule: Sendable, Hashable {
  public struct Bracket: Sendable, Hashable {
    /// The bracket holds incomes up to and including `upToPbb` × PBB; `nil` for the last, open bracket.
    public var upToPbb: Double?
    public var basePbb: Double
    public var rate: Double
    public var fromPbb: Double
    public init(upToPbb: Double?, basePbb: Double, rate: Double, fromPbb: Double) {
      self.upToPbb = upToPbb
      self.basePbb = basePbb
      self.rate = rate
      self.fromPbb = fromPbb
    }
  }

  /// In increasing order of `upToPbb`; the last one is open.
  public var brackets: [Bracket]
  public init(brackets: [Bracket]) { self.brackets = brackets }
}

/// The parameters of Skatteverket's computation, all from the model file.
public struct SkatteverketTaxRules: Sendable {
  /// Prisbasbelopp of the income year (SFB 2 kap. 6–7 §§).
  public var priceBaseAmount: Money
  /// The assessed income and the work income are rounded down to a multiple of this (100 kr).
  public var incomeRounding: Money
  /// Grundavdrag by assessed income; it never exceeds the income.
  public var basicAllowance: PriceBaseSchedule
  /// The grundavdrag is rounded up to a multiple of this (100 kr).
  public var allowanceRounding: Money
  /// The jobbskatteavdrag base by work income, before the grundavdrag is subtracted.
  public var jobTaxCreditBase: PriceBaseSchedule
  /// Tax reductions and fees are rounded down to a multiple of this (1 kr).
  public var creditRounding: Money
  /// Skattereduktion för förvärvsinkomst: `rate × (taxable − threshold)`, at most `maximum`.
  public var earnedIncomeReduction: EarnedIncomeReduction?
  /// Public service-avgift: `rate × taxable income`, at most `maximum`; paid to the state.
  public var publicServiceFee: PublicServiceFee?

  public struct EarnedIncomeReduction: Sendable {
    public var threshold: Money
    public var rate: Double
    public var maximum: Money
    public init(threshold: Money, rate: Double, maximum: Money) {
      self.threshold = threshold
      self.rate = rate
      self.maximum = maximum
    }
  }

  public struct PublicServiceFee: Sendable {
    public var rate: Double
    public var maximum: Money
    public init(rate: Double, maximum: Money) {
      self.rate = rate
      self.maximum = maximum
    }
  }

  public init(
    priceBaseAmount: Money, incomeRounding: Money, basicAllowance: PriceBaseSchedule, allowanceRounding: Money,
    jobTaxCreditBase: PriceBaseSchedule, creditRounding: Money, earnedIncomeReduction: EarnedIncomeReduction?,
    publicServiceFee: PublicServiceFee?
  ) {
    self.priceBaseAmount = priceBaseAmount
    self.incomeRounding = incomeRounding
    self.basicAllowance = basicAllowance
    self.allowanceRounding = allowanceRounding
    self.jobTaxCreditBase = jobTaxCreditBase
    self.creditRounding = creditRounding
    self.earnedIncomeReduction = earnedIncomeReduction
    self.publicServiceFee = publicServiceFee
  }
}
