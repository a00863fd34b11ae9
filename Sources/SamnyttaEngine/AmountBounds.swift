/// An upper bound on every amount an evaluation will compute, checked before anything is computed,
/// so that no sum of öre can overflow whatever the input (and whatever the model) holds.
///
/// For one person's period the bound is the sum of the magnitudes of all its flows (PeriodFlows.swift):
///
///     Σ spells [ L × (2 + 2s) + B × f + Σ resources u × months ] + Σ care u × count + I × (k + r + t + v)
///
/// where f = months × extent, S and B the monthly salary and benefit, L = S × f × (1 + a + g) the
/// labour cost (its salary, contributions and fees, plus the subsidy s × L and the production
/// L − s × L), I = Σ (S + B) × f the income taxes and indirect taxes are levied on, and a, g, k, r,
/// t, v the model's rates. Every field of the period's account, and every partial sum on the way to
/// it, is a signed sum of some of these flows, so its magnitude is at most this bound. An
/// evaluation's totals (before, after, the reference, potentials and revenue, each × count) are
/// then at most
///
///     n × reference + Σ records count × (before + after)
///
/// which must stay below ``Money/limit``. The bound is an estimate from above computed in floating
/// point (no trap possible); it is loose by a factor of a few, which costs nothing: the limit is
/// 10¹⁵ kr, hundreds of times any real intervention.
enum AmountBounds {
  /// The rule broken, if any: the first record at which the running bound reaches the limit.
  static func violations(_ input: EvaluationInput, resolved: ResolvedRecords, model: PreparedModel) -> [InputViolation] {
    let limit = Money.limit.kronorValue
    let reference = referenceBound(model)
    var total = 0.0
    for (i, record) in input.participants.enumerated() {
      let periods = resolved.periods(i)
      let perPerson =
        reference + periodBound(periods.before.0, periods.before.1, model: model) + periodBound(periods.after.0, periods.after.1, model: model)
      total += Double(record.count) * perPerson
      if !(total < limit) {
        return [InputViolation(.amountsBeyondLimit(kronor: total), at: .participantRecord(index: i))]
      }
    }
    return []
  }

  /// ``periodBound(_:_:model:)`` of the reference period (``PreparedModel/referenceAccount()``).
  static func referenceBound(_ model: PreparedModel) -> Double {
    periodBound(CollectionOfOne(model.referenceSpell), EmptyCollection(), model: model)
  }

  /// The sum of the magnitudes of every flow of one person's period, in kronor.
  static func periodBound(_ spells: some Sequence<ResolvedSpell>, _ care: some Sequence<ResolvedCare>, model: PreparedModel) -> Double {
    let labour = model.parameters.labour
    let taxes = model.parameters.taxes
    let labourFactor = 1 + abs(labour.employerContributionRate) + abs(labour.agreedFeesRate)
    let taxFactor = abs(taxes.municipalRate) + abs(taxes.regionalRate) + abs(taxes.stateRate) + abs(taxes.indirectRate)
    var sum = 0.0
    var income = 0.0
    for spell in spells {
      let state = model.states[spell.state]
      let fullTime = abs(spell.months * spell.extent)
      if let salary = state.salary {
        let paid = abs((spell.monthlyAmount ?? salary).kronorValue) * fullTime
        let share = abs(spell.subsidyShare ?? state.subsidy?.share ?? 0)
        sum += paid * labourFactor * (2 + 2 * share)
        income += paid
      }
      if let benefit = state.benefit {
        let paid = abs((spell.monthlyAmount ?? benefit.amount).kronorValue) * fullTime
        sum += paid
        income += paid
      }
      for k in state.resources { sum += abs(model.resources[k].unitCost.kronorValue) * abs(spell.months) }
    }
    for contact in care { sum += abs(model.careCosts[contact.type].unitCost.kronorValue) * abs(contact.count) }
    return sum + income * taxFactor
  }
}

extension AmountBounds {
  /// The bound of the baseline's extra accounts (``Baseline``), on top of the participants' own: each
  /// counterfactual period × its count, and the comparison group's before and after × its counts,
  /// scaled to the participants (n / m) where that is larger. The sum with the participants' bound
  /// must stay below ``Money/limit``; the first record at which it does not is reported.
  static func baselineViolations(
    _ input: EvaluationInput, resolved: ResolvedRecords, baseline: ResolvedBaseline, model: PreparedModel
  ) -> [InputViolation] {
    guard input.comparison != nil || !baseline.counterfactuals.records.isEmpty else { return [] }
    let limit = Money.limit.kronorValue
    let reference = referenceBound(model)
    var total = 0.0
    var people = 0.0
    for (i, record) in input.participants.enumerated() {
      let periods = resolved.periods(i)
      let perPerson =
        reference + periodBound(periods.before.0, periods.before.1, model: model) + periodBound(periods.after.0, periods.after.1, model: model)
      total += Double(record.count) * perPerson
      people += Double(record.count)
    }
    let counterfactuals = baseline.counterfactuals
    for k in counterfactuals.records.indices {
      let i = counterfactuals.records[k]
      let periods = counterfactuals.periods(k)
      total += Double(input.participants[i].count) * periodBound(periods.before.0, periods.before.1, model: model)
      if !(total < limit) { return [InputViolation(.amountsBeyondLimit(kronor: total), at: .participantRecord(index: i))] }
    }
    guard let group = input.comparison, let records = baseline.comparison else { return [] }
    let scale = max(1, people / max(1, Double(group.participantCount)))
    for (i, record) in group.participants.enumerated() {
      let periods = records.periods(i)
      let perPerson = periodBound(periods.before.0, periods.before.1, model: model) + periodBound(periods.after.0, periods.after.1, model: model)
      total += scale * Double(record.count) * perPerson
      if !(total < limit) { return [InputViolation(.amountsBeyondLimit(kronor: total), at: .comparison(.participantRecord(index: i)))] }
    }
    return []
  }
}
