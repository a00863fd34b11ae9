/// A spell whose state code has been resolved against the model.
public struct ResolvedSpell: Sendable {
  public var state: Int
  public var months: Double
  public var extent: Double
  public var monthlyAmount: Money?
  public var subsidyShare: Double?
  @inlinable public init(state: Int, months: Double, extent: Double, monthlyAmount: Money?, subsidyShare: Double?) {
    self.state = state
    self.months = months
    self.extent = extent
    self.monthlyAmount = monthlyAmount
    self.subsidyShare = subsidyShare
  }
}

/// Care use whose type has been resolved against the model.
public struct ResolvedCare: Sendable {
  public var type: Int
  public var count: Double
  @inlinable public init(type: Int, count: Double) {
    self.type = type
    self.count = count
  }
}

extension PreparedModel {
  /// Emits every flow of one 12-month period into `sink`. **All of the method's flow formulas
  /// live here** (Docs/method.md, "Flows of a period"):
  ///
  /// For each spell with full-time months *f = months × extent*:
  /// - work: salary *S·f* employer → individual; employer contributions *S·f·a* employer → övrig
  ///   stat; agreed fees *S·f·g* employer → individual (deferred pay), only when the model counts
  ///   them in production; wage subsidy payer → employer: *s·L* with *L* the labour cost, or under
  ///   a ``SubsidyRule`` its share of the capped salary or labour cost; production *L − subsidy*.
  /// - benefit: amount *B·f* payer → individual, *B* under a ``BenefitRule`` following its level,
  ///   step-down and ceiling.
  /// - resource use: unit cost × months (per case-month), × extent too for kinds that scale with it.
  /// Then for the period as a whole, with taxable income *T* (salaries and taxable benefits) and
  /// work income *W* (salaries): the ``IncomeTax`` of *T* and *W* under the model's ``TaxRules``
  /// (municipal, regional and state tax individual → their actor; under `skatteverket` also the
  /// public service fee individual → övrig stat and jobbskatteavdrag and skattereduktion för
  /// förvärvsinkomst övrig stat → individual); indirect taxes on disposable income
  /// *(cash income − net income tax)·v*, individual → övrig stat. Care: unit cost × contacts.
  @inlinable
  public func emitFlows<Sink: FlowSink>(spells: some Sequence<ResolvedSpell>, care: some Sequence<ResolvedCare>, into sink: inout Sink) {
    let labour = parameters.labour
    var taxableIncome = Money.zero
    var workIncome = Money.zero
    var cashIncome = Money.zero

    for spell in spells {
      let state = states[spell.state]
      let fullTimeMonths = spell.months * spell.extent

      if let defaultSalary = state.salary {
        let monthly = spell.monthlyAmount ?? defaultSalary
        let salary = monthly.scaled(by: fullTimeMonths)
        sink.transfer(
          salary, from: nil, to: .individual, origin: .salary(state: spell.state),
          basis: FlowBasis(base: monthly, factor: fullTimeMonths, fromInput: spell.monthlyAmount != nil))
        let contributions = salary.scaled(by: labour.employerContributionRate)
        sink.transfer(
          contributions, from: nil, to: .otherState, origin: .employerContributions(state: spell.state),
          basis: FlowBasis(base: salary, factor: labour.employerContributionRate))
        var labourCost = salary + contributions
        if labour.agreedFeesInProductionValue {
          let fees = salary.scaled(by: labour.agreedFeesRate)
          sink.transfer(
            fees, from: nil, to: .individual, origin: .agreedFees(state: spell.state),
            basis: FlowBasis(base: salary, factor: labour.agreedFeesRate))
          labourCost += fees
        }
        var subsidy = Money.zero
        if let (payer, share) = state.subsidy {
          if let rule = state.subsidyRule, spell.subsidyShare == nil {
            // The law's share of the salary (or labour cost on it) up to the cap, at most the monthly cap.
            let capped = rule.salaryCap.map { min(monthly, $0) } ?? monthly
            var base = capped.scaled(by: fullTimeMonths)
            if rule.basis == .labourCost {
              base = base + base.scaled(by: labour.employerContributionRate)
              if labour.agreedFeesInProductionValue { base += base.scaled(by: labour.agreedFeesRate) }
            }
            subsidy = base.scaled(by: rule.share)
            if let cap = rule.monthlyCap { subsidy = min(subsidy, cap.scaled(by: fullTimeMonths)) }
            subsidy = min(subsidy, labourCost)
            sink.transfer(subsidy, from: payer, to: nil, origin: .wageSubsidy(state: spell.state), basis: FlowBasis(base: base, factor: rule.share))
          } else {
            let share = spell.subsidyShare ?? share
            subsidy = labourCost.scaled(by: share)
            sink.transfer(
              subsidy, from: payer, to: nil, origin: .wageSubsidy(state: spell.state),
              basis: FlowBasis(base: labourCost, factor: share, fromInput: spell.subsidyShare != nil))
          }
        }
        sink.produce(labourCost - subsidy, origin: .salary(state: spell.state))
        taxableIncome += salary
        workIncome += salary
        cashIncome += salary
      }

      if let benefit = state.benefit {
        var monthly = spell.monthlyAmount ?? benefit.amount
        if state.hasBenefitRule {
          if spell.monthlyAmount == nil {
            let step = state.benefitStepRule.map { steppedBenefitRules[$0].stepFactor(months: spell.months) } ?? 1
            monthly = state.benefitRuleDefault.scaled(by: step)
          }
          if let ceiling = state.benefitCeiling { monthly = min(monthly, ceiling) }
        }
        let paid = monthly.scaled(by: fullTimeMonths)
        sink.transfer(
          paid, from: benefit.payer, to: .individual, origin: .benefit(state: spell.state),
          basis: FlowBasis(base: monthly, factor: fullTimeMonths, fromInput: spell.monthlyAmount != nil))
        if benefit.taxable { taxableIncome += paid }
        cashIncome += paid
      }

      for k in state.resources {
        let use = resources[k]
        let factor = use.scalesWithExtent ? fullTimeMonths : spell.months
        sink.consume(
          use.unitCost.scaled(by: factor), by: use.bearer,
          origin: .stateResource(state: spell.state, item: k - state.resources.lowerBound),
          basis: FlowBasis(base: use.unitCost, factor: factor))
      }
    }

    for contact in care {
      let use = careCosts[contact.type]
      sink.consume(
        use.unitCost.scaled(by: contact.count), by: use.bearer, origin: .care(type: contact.type),
        basis: FlowBasis(base: use.unitCost, factor: contact.count))
    }

    let taxes = compiledTax.rates
    let tax = taxBrackets.withUnsafeBufferPointer { IncomeTax(taxable: taxableIncome, work: workIncome, compiled: compiledTax, brackets: $0) }
    sink.transfer(
      tax.municipalTax, from: .individual, to: .municipality, origin: .municipalTax,
      basis: FlowBasis(base: tax.taxableIncome, factor: taxes.municipalRate))
    sink.transfer(
      tax.regionalTax, from: .individual, to: .region, origin: .regionalTax,
      basis: FlowBasis(base: tax.taxableIncome, factor: taxes.regionalRate))
    sink.transfer(
      tax.stateTax, from: .individual, to: .otherState, origin: .stateTax, basis: FlowBasis(base: tax.stateTaxBase, factor: taxes.stateRate))
    if compiledTax.skatteverket {
      sink.transfer(
        tax.publicServiceFee, from: .individual, to: .otherState, origin: .publicServiceFee,
        basis: FlowBasis(base: tax.taxableIncome, factor: compiledTax.feeRate))
      sink.transfer(
        tax.jobTaxCredit, from: .otherState, to: .individual, origin: .jobTaxCredit,
        basis: FlowBasis(base: tax.jobTaxCreditBase, factor: taxes.municipalRate + taxes.regionalRate))
      sink.transfer(
        tax.earnedIncomeReduction, from: .otherState, to: .individual, origin: .earnedIncomeReduction,
        basis: FlowBasis(base: tax.earnedIncomeReductionBase, factor: compiledTax.reductionRate))
    }
    let disposable = max(.zero, cashIncome - tax.net)
    sink.transfer(
      disposable.scaled(by: taxes.indirectRate), from: .individual, to: .otherState, origin: .indirectTax,
      basis: FlowBasis(base: disposable, factor: taxes.indirectRate))
  }

  /// The account of the reference period: twelve months of full-time unsubsidised work at the
  /// average salary, no care. The potential of a period is `reference − period`.
  public func referenceAccount() -> PeriodAccount {
    var sink = AccountingSink()
    emitFlows(spells: CollectionOfOne(referenceSpell), care: EmptyCollection(), into: &sink)
    return sink.account
  }

  /// The reference period's one spell: twelve months of full-time work in the reference state.
  var referenceSpell: ResolvedSpell {
    ResolvedSpell(state: referenceState, months: InputRules.periodMonths, extent: 1, monthlyAmount: nil, subsidyShare: nil)
  }
}
