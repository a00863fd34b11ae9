/// Evaluations of a ``ResolvedInput``: the one fast path (Docs/performance.md). Every record's
/// periods go through ``PreparedModel/emitFlows(spells:care:into:)`` with the ``AccountingSink``,
/// as on the general path, so every flow is rounded where and as method.md says.
///
/// Each answers `nil` (or `false`) when the input was resolved under a model of another structure
/// (``ModelStructure``) or its amounts could exceed ``Money/limit`` under this model's numbers
/// (``AmountBounds``); then the caller runs the general path, which reports the broken rule.
extension PreparedModel {
  /// Society's and each perspective's totals, as ``totals(_:options:)`` of the input computes them,
  /// or `nil` as above or when `cost` breaks a cost rule.
  public func totals(_ resolved: ResolvedInput, cost: InterventionCost, options: ForecastOptions? = nil) -> EvaluationTotals? {
    var costOK = true
    InputRules.checkCost(cost) { _, _ in costOK = false }
    guard costOK, let t = accumulated(resolved) else { return nil }
    let options = options ?? ForecastOptions(externalFactorsShare: parameters.externalFactorsShare)
    let financing = cost.financing.isEmpty ? parameters.defaultFinancing : cost.financing
    return EvaluationTotals(
      participantCount: t.people, totalBefore: t.totalBefore, totalAfter: t.totalAfter, reference: t.reference,
      perspectives: perspectives(t, cost: cost.total, financing: financing, options: options))
  }

  /// The count-weighted sums of every record's before and after accounts, or `nil` as above.
  public func totalAccounts(_ resolved: ResolvedInput) -> (before: PeriodAccount, after: PeriodAccount)? {
    guard fits(resolved) else { return nil }
    var sums = AccountSums()
    visitAccounts(resolved, &sums)
    return (sums.before, sums.after)
  }

  /// Each record's accounts, for one person of it (multiply by ``ResolvedInput/count(ofRecord:)``
  /// for the typfall), in record order; `nil` as above. Allocates the result array only.
  public func accounts(_ resolved: ResolvedInput) -> [(before: PeriodAccount, after: PeriodAccount)]? {
    guard fits(resolved) else { return nil }
    var list = AccountList(capacity: resolved.recordCount)
    visitAccounts(resolved, &list)
    return list.accounts
  }

  /// Calls `body` with each record's index and accounts (for one person), in record order;
  /// `false` (and no call) as above.
  public func forEachAccount(
    _ resolved: ResolvedInput, _ body: (_ record: Int, _ before: PeriodAccount, _ after: PeriodAccount) -> Void
  ) -> Bool {
    guard fits(resolved) else { return false }
    withoutActuallyEscaping(body) { body in
      var calls = AccountCalls(body: body)
      visitAccounts(resolved, &calls)
    }
    return true
  }

  /// Whether `resolved` was checked under this structure and its amounts stay below the limit here.
  func fits(_ resolved: ResolvedInput) -> Bool {
    resolved.structure == structure && withinAmountLimit(resolved)
  }

  /// The totals of `resolved` as an ``Accumulated`` (baseline: the before-period), or `nil` as above.
  func accumulated(_ resolved: ResolvedInput, memo: PeriodAccountMemo? = nil) -> Accumulated? {
    guard fits(resolved) else { return nil }
    var sums = AccountSums()
    visitAccounts(resolved, &sums, memo: memo)
    return Accumulated(
      totalBefore: sums.before, totalAfter: sums.after, reference: referenceAccount(), people: resolved.people,
      supportMonths: sums.supportMonths, participants: [], baseline: Baseline(kind: .beforeAfter, total: sums.before))
  }

  /// ``AmountBounds``' rule: the bound of every amount stays below ``Money/limit``.
  func withinAmountLimit(_ resolved: ResolvedInput) -> Bool { amountBound(resolved) != nil }

  /// A bound from above of ``AmountBounds``' sum over `resolved`'s records (kronor), or `nil` when
  /// that sum may reach ``Money/limit``. First from the input's per-state sums (``BoundSums``), an
  /// estimate from above of the same bound that costs no visit of the records; only when that is
  /// not clearly below the limit is the bound summed record by record exactly as the general path
  /// sums it, so both accept the same inputs. Either way the answer is raised by a relative 10⁻⁶,
  /// so the answers of several blocks of one input add up to a bound of the whole
  /// (``EvaluationKernel``).
  func amountBound(_ resolved: ResolvedInput) -> Double? {
    let limit = Money.limit.kronorValue
    let reference = AmountBounds.referenceBound(self)
    let labour = parameters.labour
    let taxes = parameters.taxes
    let labourFactor = 1 + abs(labour.employerContributionRate) + abs(labour.agreedFeesRate)
    let taxFactor = abs(taxes.municipalRate) + abs(taxes.regionalRate) + abs(taxes.stateRate) + abs(taxes.indirectRate)
    let sums = resolved.boundSums
    var bound = Double(resolved.people) * reference
    for s in sums.months.indices {
      let state = states[s]
      if let salary = state.salary {
        // A share from the input is at most 1, so max(1, |default|) bounds every spell's share.
        let share = max(1, abs(state.subsidy?.share ?? 0))
        bound += (sums.defaultFullTime[s] * abs(salary.kronorValue) + sums.givenPaid[s]) * (labourFactor * (2 + 2 * share) + taxFactor)
      }
      if let benefit = state.benefit {
        bound += (sums.defaultFullTime[s] * abs(benefit.amount.kronorValue) + sums.givenPaid[s]) * (1 + taxFactor)
      }
      var unitCosts = 0.0
      for k in state.resources { unitCosts += abs(resources[k].unitCost.kronorValue) }
      bound += sums.months[s] * unitCosts
    }
    for t in sums.contacts.indices { bound += sums.contacts[t] * abs(careCosts[t].unitCost.kronorValue) }
    // Both sums are of non-negative terms, each within a relative 10⁻⁸ of the exact real sum.
    if bound * (1 + 1e-6) < limit { return bound * (1 + 1e-6) }
    var total = 0.0
    for i in 0..<resolved.recordCount {
      let before = resolved.spells[resolved.spellStarts[2 * i]..<resolved.spellStarts[2 * i + 1]]
      let after = resolved.spells[resolved.spellStarts[2 * i + 1]..<resolved.spellStarts[2 * i + 2]]
      let beforeCare = resolved.care[resolved.careStarts[2 * i]..<resolved.careStarts[2 * i + 1]]
      let afterCare = resolved.care[resolved.careStarts[2 * i + 1]..<resolved.careStarts[2 * i + 2]]
      let perPerson =
        reference + AmountBounds.periodBound(before, beforeCare, model: self) + AmountBounds.periodBound(after, afterCare, model: self)
      total += Double(resolved.counts[i]) * perPerson
      if !(total < limit) { return nil }
    }
    return total * (1 + 1e-6)
  }

  /// Every record's accounts, in record order, to `visitor`.
  /// A period seen before in the pass, or in `memo` when it was made for this model, is not
  /// accounted again (``PeriodAccountMemo``).
  func visitAccounts<V: RecordAccountVisitor>(_ resolved: ResolvedInput, _ visitor: inout V, memo kept: PeriodAccountMemo? = nil) {
    let memo = kept.flatMap { $0.model === identity ? $0 : nil } ?? PeriodAccountMemo(for: self, periods: 2 * resolved.recordCount)
    resolved.spells.withUnsafeBufferPointer { spells in
      resolved.care.withUnsafeBufferPointer { care in
        resolved.spellStarts.withUnsafeBufferPointer { spellStarts in
          resolved.careStarts.withUnsafeBufferPointer { careStarts in
            resolved.counts.withUnsafeBufferPointer { counts in
              for i in counts.indices {
                let beforeSpells = UnsafeBufferPointer(rebasing: spells[spellStarts[2 * i]..<spellStarts[2 * i + 1]])
                let afterSpells = UnsafeBufferPointer(rebasing: spells[spellStarts[2 * i + 1]..<spellStarts[2 * i + 2]])
                let beforeCare = UnsafeBufferPointer(rebasing: care[careStarts[2 * i]..<careStarts[2 * i + 1]])
                let afterCare = UnsafeBufferPointer(rebasing: care[careStarts[2 * i + 1]..<careStarts[2 * i + 2]])
                let before = memoisedAccount(beforeSpells, beforeCare, memo)
                let after = memoisedAccount(afterSpells, afterCare, memo)
                visitor.visit(i, count: counts[i], before: before, after: after) {
                  var months = 0.0
                  for spell in beforeSpells where states[spell.state].isPublicSupport { months += spell.months * spell.extent }
                  return months
                }
              }
            }
          }
        }
      }
    }
  }
}

extension PreparedModel {
  /// The account of a period, from `memo` when it was accounted before in the pass.
  @inline(__always) func memoisedAccount(
    _ spells: UnsafeBufferPointer<ResolvedSpell>, _ care: UnsafeBufferPointer<ResolvedCare>, _ memo: PeriodAccountMemo
  ) -> PeriodAccount {
    let (found, slot) = memo.lookup(spells, care)
    if let found { return found }
    let computed = account(spells, care)
    memo.remember(computed, spells, care, in: slot)
    return computed
  }
}

/// What an evaluation does with each record's accounts; specialised per use, so no closure or
/// existential sits on the hot path.
protocol RecordAccountVisitor {
  /// Record `i`'s accounts for one person; `supportMonths` computes its public-support months before.
  mutating func visit(_ i: Int, count: Int, before: PeriodAccount, after: PeriodAccount, supportMonths: () -> Double)
}

/// Sums the count-weighted accounts and support months.
struct AccountSums: RecordAccountVisitor {
  var before = PeriodAccount()
  var after = PeriodAccount()
  var supportMonths = 0.0
  init() {}
  mutating func visit(_ i: Int, count: Int, before b: PeriodAccount, after a: PeriodAccount, supportMonths months: () -> Double) {
    before.add(b, times: count)
    after.add(a, times: count)
    supportMonths += months() * Double(count)
  }
}

/// Collects every record's accounts.
struct AccountList: RecordAccountVisitor {
  var accounts: [(before: PeriodAccount, after: PeriodAccount)] = []
  init(capacity: Int) { accounts.reserveCapacity(capacity) }
  mutating func visit(_ i: Int, count: Int, before: PeriodAccount, after: PeriodAccount, supportMonths: () -> Double) {
    accounts.append((before, after))
  }
}

/// Hands every record's accounts to a closure.
struct AccountCalls: RecordAccountVisitor {
  let body: (Int, PeriodAccount, PeriodAccount) -> Void
  mutating func visit(_ i: Int, count: Int, before: PeriodAccount, after: PeriodAccount, supportMonths: () -> Double) { body(i, before, after) }
}
