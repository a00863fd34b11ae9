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
  ///   them in production; wage subsidy *s·L* payer → employer, where *L* is the labour cost;
  ///   production *L − s·L*.
  /// - benefit: amount *B·f* payer → individual.
  /// - resource use: unit cost × months (per case-month, whatever the extent), borne by its actor.
  /// Then for the period as a whole, with taxable income *T* (salaries and taxable benefits):
  /// municipal tax *T·k*, regional tax *T·r*, state tax *max(0, T − threshold)·t*, all individual →
  /// their actor; indirect taxes on disposable income *(cash income − income taxes)·v*, individual
  /// → övrig stat. Care: unit cost × contacts, borne by its actor.
  @inlinable
  public func emitFlows<Sink: FlowSink>(spells: some Sequence<ResolvedSpell>, care: some Sequence<ResolvedCare>, into sink: inout Sink) {
    let labour = parameters.labour
    var taxableIncome = Money.zero
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
        if let rule = state.subsidy {
          let share = spell.subsidyShare ?? rule.share
          subsidy = labourCost.scaled(by: share)
          sink.transfer(
            subsidy, from: rule.payer, to: nil, origin: .wageSubsidy(state: spell.state),
            basis: FlowBasis(base: labourCost, factor: share, fromInput: spell.subsidyShare != nil))
        }
        sink.produce(labourCost - subsidy, origin: .salary(state: spell.state))
        taxableIncome += salary
        cashIncome += salary
      }

      if let benefit = state.benefit {
        let monthly = spell.monthlyAmount ?? benefit.amount
        let paid = monthly.scaled(by: fullTimeMonths)
        sink.transfer(
          paid, from: benefit.payer, to: .individual, origin: .benefit(state: spell.state),
          basis: FlowBasis(base: monthly, factor: fullTimeMonths, fromInput: spell.monthlyAmount != nil))
        if benefit.taxable { taxableIncome += paid }
        cashIncome += paid
      }

      for k in state.resources {
        let use = resources[k]
        sink.consume(
          use.unitCost.scaled(by: spell.months), by: use.bearer,
          origin: .stateResource(state: spell.state, item: k - state.resources.lowerBound),
          basis: FlowBasis(base: use.unitCost, factor: spell.months))
      }
    }

    for contact in care {
      let use = careCosts[contact.type]
      sink.consume(
        use.unitCost.scaled(by: contact.count), by: use.bearer, origin: .care(type: contact.type),
        basis: FlowBasis(base: use.unitCost, factor: contact.count))
    }

    let taxes = parameters.taxes
    let municipalTax = taxableIncome.scaled(by: taxes.municipalRate)
    let regionalTax = taxableIncome.scaled(by: taxes.regionalRate)
    let stateBase = max(.zero, taxableIncome - taxes.stateThresholdAnnual)
    let stateTax = stateBase.scaled(by: taxes.stateRate)
    sink.transfer(
      municipalTax, from: .individual, to: .municipality, origin: .municipalTax,
      basis: FlowBasis(base: taxableIncome, factor: taxes.municipalRate))
    sink.transfer(
      regionalTax, from: .individual, to: .region, origin: .regionalTax,
      basis: FlowBasis(base: taxableIncome, factor: taxes.regionalRate))
    sink.transfer(
      stateTax, from: .individual, to: .otherState, origin: .stateTax, basis: FlowBasis(base: stateBase, factor: taxes.stateRate))
    let disposable = max(.zero, cashIncome - municipalTax - regionalTax - stateTax)
    sink.transfer(
      disposable.scaled(by: taxes.indirectRate), from: .individual, to: .otherState, origin: .indirectTax,
      basis: FlowBasis(base: disposable, factor: taxes.indirectRate))
  }

  /// The account of the reference period: twelve months of full-time unsubsidised work at the
  /// average salary, no care. The potential of a period is `reference − period`.
  public func referenceAccount() -> PeriodAccount {
    var sink = AccountingSink()
    emitFlows(
      spells: CollectionOfOne(ResolvedSpell(state: referenceState, months: InputRules.periodMonths, extent: 1, monthlyAmount: nil, subsidyShare: nil)),
      care: EmptyCollection(), into: &sink)
    return sink.account
  }
}
