/// The accounts of periods already accounted in one pass over a model's records, so that a period
/// seen again (the same spells and care, to the bit) is not accounted again. Most records repeat a
/// few periods: twelve months in one state at the model's default amount, a part-year of work and
/// then none, the same care. A period's account is a pure function of its resolved spells and care
/// under one model (``PreparedModel/emitFlows(spells:care:into:)``), so a hit gives the very account
/// the flows would: every flow is still rounded where method.md says, once, when first accounted.
///
/// Direct-mapped: ``slots`` entries, each a period of at most two spells and two care uses (longer
/// periods are always accounted), its key kept as words (codes, the bit patterns of every double,
/// whether an amount or share is given) and compared word for word, so a hit is exact; a miss
/// replaces the entry. Only for one model: ``PreparedModel/visitAccounts(_:_:)`` makes one per pass.
final class PeriodAccountMemo {
  static let slots = 256
  /// Words per entry: a header (spells, care), five per spell, two per care use.
  static let words = 16
  static let maximumSpells = 2
  static let maximumCare = 2

  private let keys: UnsafeMutablePointer<UInt64>
  private let accounts: UnsafeMutablePointer<PeriodAccount>

  init() {
    keys = .allocate(capacity: Self.slots * Self.words)
    // A header of 0 marks an empty entry: every accounted period has at least one spell.
    keys.initialize(repeating: 0, count: Self.slots * Self.words)
    accounts = .allocate(capacity: Self.slots)
    accounts.initialize(repeating: PeriodAccount(), count: Self.slots)
  }

  deinit {
    keys.deallocate()
    accounts.deallocate()
  }

  /// The account of the period `spells`, `care`: from the memo when it holds the same period,
  /// otherwise `account()`'s, remembered.
  @inline(__always) func account(
    _ spells: UnsafeBufferPointer<ResolvedSpell>, _ care: UnsafeBufferPointer<ResolvedCare>, _ account: () -> PeriodAccount
  ) -> PeriodAccount {
    guard spells.count >= 1, spells.count <= Self.maximumSpells, care.count <= Self.maximumCare else { return account() }
    var key: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    return withUnsafeMutableBytes(of: &key) { raw -> PeriodAccount in
      let key = raw.bindMemory(to: UInt64.self)
      var n = 0
      key[n] = UInt64(spells.count) | UInt64(care.count) << 8
      n += 1
      for s in spells {
        key[n] = UInt64(truncatingIfNeeded: s.state) << 2 | (s.monthlyAmount == nil ? 0 : 1) | (s.subsidyShare == nil ? 0 : 2)
        key[n + 1] = s.months.bitPattern
        key[n + 2] = s.extent.bitPattern
        key[n + 3] = UInt64(bitPattern: s.monthlyAmount?.ore ?? 0)
        key[n + 4] = (s.subsidyShare ?? 0).bitPattern
        n += 5
      }
      for c in care {
        key[n] = UInt64(truncatingIfNeeded: c.type)
        key[n + 1] = c.count.bitPattern
        n += 2
      }
      var h: UInt64 = 0
      for k in 0..<n { h = (h ^ key[k]) &* 0x9E37_79B9_7F4A_7C15 }
      let slot = Int(truncatingIfNeeded: h >> 56)
      let entry = keys + slot * Self.words
      var same = true
      for k in 0..<n where entry[k] != key[k] {
        same = false
        break
      }
      if same { return accounts[slot] }
      let computed = account()
      for k in 0..<n { entry[k] = key[k] }
      accounts[slot] = computed
      return computed
    }
  }
}
