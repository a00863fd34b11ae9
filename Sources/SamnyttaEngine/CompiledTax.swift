/// The model's ``TaxRules`` as plain values for the hot path: no field holds a reference, so
/// taxing a period costs no retain or release, and each schedule's bracket ends and intercepts are
/// multiplied by the prisbasbelopp once here instead of per period (a ``PriceBaseSchedule`` is
/// linear within brackets measured in prisbasbelopp).
@usableFromInline struct CompiledTax: Sendable {
  @usableFromInline var rates: TaxParameters
  @usableFromInline var skatteverket: Bool
  @usableFromInline var incomeRounding = Money.zero
  @usableFromInline var allowanceRounding = Money.zero
  @usableFromInline var creditRounding = Money.zero
  /// Ranges in ``PreparedModel/taxBrackets``.
  @usableFromInline var allowance: Range<Int> = 0..<0
  @usableFromInline var jobTaxCreditBase: Range<Int> = 0..<0
  @usableFromInline var hasEarnedIncomeReduction = false
  @usableFromInline var reductionThreshold = Money.zero
  @usableFromInline var reductionRate = 0.0
  @usableFromInline var reductionMaximum = Money.zero
  @usableFromInline var hasPublicServiceFee = false
  @usableFromInline var feeRate = 0.0
  @usableFromInline var feeMaximum = Money.zero

  /// The rules of `parameters`, their brackets appended to `brackets`.
  init(_ parameters: ParameterSet, brackets: inout [CompiledBracket]) {
    self.init(rates: parameters.taxes, rules: parameters.taxRules, brackets: &brackets)
  }

  /// `rules` with `rates`, their brackets appended to `brackets`.
  init(rates: TaxParameters, rules: TaxRules, brackets: inout [CompiledBracket]) {
    self.rates = rates
    guard case .skatteverket(let rules) = rules else {
      skatteverket = false
      return
    }
    skatteverket = true
    let pbb = rules.priceBaseAmount.kronorValue
    func append(_ schedule: PriceBaseSchedule) -> Range<Int> {
      let first = brackets.count
      brackets += schedule.brackets.map { b in
        CompiledBracket(upTo: b.upToPbb.map { $0 * pbb } ?? .infinity, base: b.basePbb * pbb, rate: b.rate, from: b.fromPbb * pbb)
      }
      return first..<brackets.count
    }
    incomeRounding = rules.incomeRounding
    allowanceRounding = rules.allowanceRounding
    creditRounding = rules.creditRounding
    allowance = append(rules.basicAllowance)
    jobTaxCreditBase = append(rules.jobTaxCreditBase)
    if let r = rules.earnedIncomeReduction {
      hasEarnedIncomeReduction = true
      reductionThreshold = r.threshold
      reductionRate = r.rate
      reductionMaximum = r.maximum
    }
    if let fee = rules.publicServiceFee {
      hasPublicServiceFee = true
      feeRate = fee.rate
      feeMaximum = fee.maximum
    }
  }
}

/// One bracket of a ``PriceBaseSchedule`` in kronor: incomes up to `upTo` (infinite for the open
/// bracket) have the value `base + rate × (income − from)`.
@usableFromInline struct CompiledBracket: Sendable {
  @usableFromInline var upTo: Double
  @usableFromInline var base: Double
  @usableFromInline var rate: Double
  @usableFromInline var from: Double

  /// The schedule's value for an annual income: the first bracket whose upper end is not below
  /// the income, else the last (an income above every closed bracket uses the last bracket).
  @inlinable static func value(_ brackets: UnsafeBufferPointer<CompiledBracket>, income: Double) -> Double {
    for b in brackets where income <= b.upTo { return b.base + b.rate * (income - b.from) }
    guard let b = brackets.last else { return 0 }
    return b.base + b.rate * (income - b.from)
  }
}
