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
    var codes = CodeCache()
    var bound = 0.0
    for i in records.indices {
      let count = records[i].count
      guard count >= 1, count <= InputRules.maximumCount else { return false }
      guard !records[i].id.isEmpty, ids.insert(i, of: records) == true, !PersonalIdentityNumber.looksLikeOne(records[i].id) else { return false }
      guard before.resolve(records[i].before, model: model, codes: &codes), after.resolve(records[i].after, model: model, codes: &codes) else {
        return false
      }
      // AmountBounds: the running bound stays below the limit, so no sum below can overflow.
      let perPerson =
        reference + AmountBounds.periodBound(before.spells, before.care, model: model)
        + AmountBounds.periodBound(after.spells, after.care, model: model)
      bound += Double(count) * perPerson
      guard bound < limit else { return false }

      people += count
      guard people <= InputRules.maximumCount else { return false }
      let accountBefore = model.account(before.spells, before.care)
      let accountAfter = model.account(after.spells, after.care)
      totalBefore = totalBefore + accountBefore * count
      totalAfter = totalAfter + accountAfter * count
      supportMonths += model.publicSupportMonths(before.spells) * Double(count)
      if includeParticipants {
        let r = records[i]
        participants.append(ParticipantResult(id: r.id, count: r.count, attributes: r.attributes, before: accountBefore, after: accountAfter))
      }
    }
    return true
  }
}

/// One period's spells and care resolved against the model, in buffers reused from participant to
/// participant: `spellCount` and `careCount` say how much of them is this period's, so resolving
/// allocates nothing once they have grown.
struct PeriodBuffer {
  private(set) var storedSpells: [ResolvedSpell] = []
  private(set) var storedCare: [ResolvedCare] = []
  private(set) var spellCount = 0
  private(set) var careCount = 0

  var spells: ArraySlice<ResolvedSpell> { storedSpells[0..<spellCount] }
  var care: ArraySlice<ResolvedCare> { storedCare[0..<careCount] }

  private mutating func add(_ spell: ResolvedSpell) {
    if spellCount < storedSpells.count { storedSpells[spellCount] = spell } else { storedSpells.append(spell) }
    spellCount += 1
  }

  private mutating func add(_ use: ResolvedCare) {
    if careCount < storedCare.count { storedCare[careCount] = use } else { storedCare.append(use) }
    careCount += 1
  }

  /// Resolves `period`; `false` when any of ``InputRules``' period rules may be broken.
  mutating func resolve(_ period: Period, model: PreparedModel, codes: inout CodeCache) -> Bool {
    spellCount = 0
    careCount = 0
    guard !period.spells.isEmpty else { return false }
    var occupied = 0.0
    let spellsOK = period.spells.withUnsafeBufferPointer { spells -> Bool in
      for j in spells.indices {
        guard let index = codes.state(spells, j, model.stateCodes) else { return false }
        let state = model.states[index]
        let months = spells[j].months
        let extent = spells[j].extent
        guard months > 0, months <= InputRules.periodMonths, extent > 0, extent <= 1 else { return false }
        let amount = spells[j].monthlyAmount
        if let amount {
          guard state.salary != nil || state.benefit != nil, amount >= .zero, amount <= model.parameters.maximumMonthlyAmount else { return false }
        }
        let share = spells[j].subsidyShare
        if let share {
          guard state.subsidy != nil, share >= 0, share <= 1 else { return false }
        }
        if state.occupiesTime { occupied += months * extent }
        add(ResolvedSpell(state: index, months: months, extent: extent, monthlyAmount: amount, subsidyShare: share))
      }
      return true
    }
    guard spellsOK, !(occupied > InputRules.periodMonths + InputRules.tolerance) else { return false }
    return period.care.withUnsafeBufferPointer { care -> Bool in
      for j in care.indices {
        let count = care[j].count
        guard let type = codes.care(care, j, model.careCodes), count >= 0, count <= InputRules.maximumContacts else { return false }
        add(ResolvedCare(type: type, count: count))
      }
      return true
    }
  }
}

/// The codes one evaluation has already looked up, by the bits of their `String` values: an input
/// repeats a few codes on every record, often as the very same string (one decoded `String` shared,
/// `CompactInput`), so most lookups end at comparing two words. Two `String` values with the same
/// bits are the same string (the same storage, or the same small-string bytes), so a hit is exact;
/// anything else goes to the ``CodeTable``. The strings stay alive as long as the input does, which
/// outlives the cache (one kernel run).
struct CodeCache {
  private var stateKeys: [(UInt64, UInt64, Int)] = []
  private var careKeys: [(UInt64, UInt64, Int)] = []
  static let capacity = 16

  /// The bits of the `String` at `keyPath` of element `i`, read in place (no copy, no retain).
  @inline(__always) private static func bits<T>(_ buffer: UnsafeBufferPointer<T>, _ i: Int, _ offset: Int) -> (UInt64, UInt64) {
    let raw = UnsafeRawPointer(buffer.baseAddress! + i) + offset
    return (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
  }

  private static let stateOffset = MemoryLayout<Spell>.offset(of: \Spell.state) ?? -1
  private static let careOffset = MemoryLayout<CareUse>.offset(of: \CareUse.type) ?? -1

  mutating func state(_ spells: UnsafeBufferPointer<Spell>, _ j: Int, _ table: CodeTable) -> Int? {
    Self.find(&stateKeys, spells, j, Self.stateOffset, table) { $0.state }
  }

  mutating func care(_ care: UnsafeBufferPointer<CareUse>, _ j: Int, _ table: CodeTable) -> Int? {
    Self.find(&careKeys, care, j, Self.careOffset, table) { $0.type }
  }

  @inline(__always) private static func find<T>(
    _ keys: inout [(UInt64, UInt64, Int)], _ buffer: UnsafeBufferPointer<T>, _ j: Int, _ offset: Int, _ table: CodeTable, _ code: (T) -> String
  ) -> Int? {
    guard offset >= 0, MemoryLayout<String>.size == 16 else {
      if case .found(let i) = table.lookup(code(buffer[j])) { return i }
      return nil
    }
    let key = bits(buffer, j, offset)
    for k in keys where k.0 == key.0 && k.1 == key.1 { return k.2 }
    guard case .found(let i) = table.lookup(code(buffer[j])) else { return nil }
    if keys.count < capacity { keys.append((key.0, key.1, i)) }
    return i
  }
}
