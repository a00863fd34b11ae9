/// The engine's fast path: one pass over the participants that checks, resolves and accounts at
/// once, for inputs that keep every rule (Docs/performance.md).
///
/// It computes exactly what the general path computes, through the same functions: each period's
/// spells are resolved into a reused buffer and handed to ``PreparedModel/emitFlows(spells:care:into:)``
/// and ``AmountBounds/periodBound(_:_:model:)``, so every flow is rounded where and as method.md
/// says. What it saves is the machinery around them: no `Dictionary` or `Set` of strings (codes and
/// ids are found by their bytes, ``CodeTable``), no resolved copy of the whole input, no
/// ``InputViolation`` values, no per-participant allocation, and, unless asked, no per-participant
/// results.
///
/// Its checks are the input rules' predicates without their messages. When any of them fails, or an
/// id or code is not ASCII, it gives up (`nil`) and the caller runs the general path, which finds
/// and reports every broken rule as before; so the kernel accepts an input only when
/// ``InputRules`` finds nothing wrong with it.
struct EvaluationKernel {
  var totalBefore = PeriodAccount()
  var totalAfter = PeriodAccount()
  var people = 0
  var supportMonths = 0.0
  var participants: [ParticipantResult] = []

  /// The totals of `input` under `model`, or `nil` when some rule may be broken.
  static func run(_ input: EvaluationInput, model: PreparedModel, includeParticipants: Bool) -> EvaluationKernel? {
    guard model.stateCodes.isUsable, model.careCodes.isUsable else { return nil }
    guard !input.name.allSatisfy(\.isWhitespace), !input.association.allSatisfy(\.isWhitespace) else { return nil }
    var costOK = true
    InputRules.checkCost(input.cost) { _, _ in costOK = false }
    guard costOK, !input.participants.isEmpty, input.participants.count <= InputRules.maximumCount else { return nil }

    var kernel = EvaluationKernel()
    if includeParticipants { kernel.participants.reserveCapacity(input.participants.count) }
    let ok = input.participants.withUnsafeBufferPointer { records in
      kernel.accumulate(records, model: model, includeParticipants: includeParticipants)
    }
    return ok ? kernel : nil
  }

  private mutating func accumulate(_ records: UnsafeBufferPointer<Participant>, model: PreparedModel, includeParticipants: Bool) -> Bool {
    let limit = Money.limit.kronorValue
    let reference = AmountBounds.periodBound(
      CollectionOfOne(ResolvedSpell(state: model.referenceState, months: InputRules.periodMonths, extent: 1, monthlyAmount: nil, subsidyShare: nil)),
      EmptyCollection(), model: model)
    var ids = IdTable(capacity: records.count)
    var before = PeriodBuffer()
    var after = PeriodBuffer()
    var bound = 0.0
    for i in records.indices {
      let count = records[i].count
      guard count >= 1, count <= InputRules.maximumCount else { return false }
      guard !records[i].id.isEmpty, ids.insert(i, of: records) == true, !PersonalIdentityNumber.looksLikeOne(records[i].id) else { return false }
      guard before.resolve(records[i].before, model: model), after.resolve(records[i].after, model: model) else { return false }
      // AmountBounds: the running bound stays below the limit, so no sum below can overflow.
      let perPerson = reference + AmountBounds.periodBound(before.spells, before.care, model: model)
        + AmountBounds.periodBound(after.spells, after.care, model: model)
      bound += Double(count) * perPerson
      guard bound < limit else { return false }

      people += count
      guard people <= InputRules.maximumCount else { return false }
      let accountBefore = model.account(before.spells[...], before.care[...])
      let accountAfter = model.account(after.spells[...], after.care[...])
      totalBefore = totalBefore + accountBefore * count
      totalAfter = totalAfter + accountAfter * count
      supportMonths += model.publicSupportMonths(before.spells[...]) * Double(count)
      if includeParticipants {
        let r = records[i]
        participants.append(ParticipantResult(id: r.id, count: r.count, attributes: r.attributes, before: accountBefore, after: accountAfter))
      }
    }
    return true
  }
}

/// One period's spells and care resolved against the model, in buffers reused from participant to
/// participant (their capacity stays, so resolving allocates nothing once they have grown).
struct PeriodBuffer {
  var spells: [ResolvedSpell] = []
  var care: [ResolvedCare] = []

  /// Resolves `period`; `false` when any of ``InputRules``' period rules may be broken.
  mutating func resolve(_ period: Period, model: PreparedModel) -> Bool {
    spells.removeAll(keepingCapacity: true)
    care.removeAll(keepingCapacity: true)
    guard !period.spells.isEmpty else { return false }
    var occupied = 0.0
    for spell in period.spells {
      guard case .found(let index) = model.stateCodes.lookup(spell.state) else { return false }
      let state = model.states[index]
      guard spell.months > 0, spell.months <= InputRules.periodMonths, spell.extent > 0, spell.extent <= 1 else { return false }
      if let amount = spell.monthlyAmount {
        guard state.salary != nil || state.benefit != nil, amount >= .zero, amount <= model.parameters.maximumMonthlyAmount else { return false }
      }
      if let share = spell.subsidyShare {
        guard state.subsidy != nil, share >= 0, share <= 1 else { return false }
      }
      if state.occupiesTime { occupied += spell.months * spell.extent }
      spells.append(ResolvedSpell(state: index, months: spell.months, extent: spell.extent, monthlyAmount: spell.monthlyAmount, subsidyShare: spell.subsidyShare))
    }
    guard !(occupied > InputRules.periodMonths + InputRules.tolerance) else { return false }
    for use in period.care {
      guard case .found(let type) = model.careCodes.lookup(use.type), use.count >= 0, use.count <= InputRules.maximumContacts else { return false }
      care.append(ResolvedCare(type: type, count: use.count))
    }
    return true
  }
}
