/// The accounts of periods already accounted in one pass over a model's records, so that a period
/// seen again (the same spells and care, to the bit) is not accounted again. Most records repeat a
/// few periods: twelve months in one state at the model's default amount, a part-year of work and
/// then none, the same care. A period's account is a pure function of its resolved spells and care
/// under one model (``PreparedModel/emitFlows(spells:care:into:)``), so a hit gives the very account
/// the flows would: every flow is still rounded where method.md says, once, when first accounted.
///
/// Direct-mapped: up to ``maximumSlots`` entries (fewer for a small input, so that a small
/// evaluation does not pay for a large table), each a period of at most two spells and two care uses (longer
/// periods are always accounted), its key kept as words (codes, the bit patterns of every double,
/// whether an amount or share is given) and compared word for word, so a hit is exact; a miss
/// replaces the entry.
///
/// Only for the model it was made for (``init(for:)``): a pass under another model makes its own.
/// Kept across evaluations by a caller that evaluates many inputs under one model on one thread at
/// a time (`batch`'s workers); otherwise each pass makes one.
public final class PeriodAccountMemo {
  public static let maximumSlots = 1024
  let slots: Int
  /// The top bits of a hash that pick its entry.
  private let shift: UInt64
  /// Words per entry: a header (spells, care), five per spell, two per care use.
  static let words = 16
  static let maximumSpells = 2
  static let maximumCare = 2

  private let keys: UnsafeMutablePointer<UInt64>
  private let accounts: UnsafeMutablePointer<PeriodAccount>

  /// The model whose accounts it holds.
  let model: ModelIdentity

  /// An empty memo for evaluations under `model` of about `periods` periods each.
  public init(for model: PreparedModel, periods: Int = maximumSlots) {
    self.model = model.identity
    var slots = 64
    while slots < Self.maximumSlots, slots < periods { slots *= 2 }
    self.slots = slots
    shift = UInt64(64 - slots.trailingZeroBitCount)
    keys = .allocate(capacity: slots * Self.words)
    // A header of 0 marks an empty entry (every accounted period has at least one spell); the rest
    // of an entry, and its account, is written before its header says it holds a period.
    for slot in 0..<slots { keys[slot * Self.words] = 0 }
    accounts = .allocate(capacity: slots)
  }

  deinit {
    keys.deallocate()
    accounts.deallocate()
  }

  /// A spell's first key word: its state, and whether an amount and a share are given.
  @inline(__always) static func head(_ s: ResolvedSpell) -> UInt64 {
    UInt64(truncatingIfNeeded: s.state) << 2 | (s.monthlyAmount == nil ? 0 : 1) | (s.subsidyShare == nil ? 0 : 2)
  }

  /// A period's first key word: how many spells and care uses it has (never 0: a spell at least).
  @inline(__always) static func header(_ spells: UnsafeBufferPointer<ResolvedSpell>, _ care: UnsafeBufferPointer<ResolvedCare>) -> UInt64 {
    UInt64(spells.count) | UInt64(care.count) << 8
  }

  /// Calls `body` with each of the period's key words after the header, in order (five per
  /// spell, two per care use), until it answers `false`; whether it answered `true` throughout.
  /// The one place the key is spelled out: ``lookup(_:_:)`` hashes and compares it,
  /// ``remember(_:_:_:in:)`` writes it.
  @inline(__always) static func keyWords(
    _ spells: UnsafeBufferPointer<ResolvedSpell>, _ care: UnsafeBufferPointer<ResolvedCare>, _ body: (UInt64) -> Bool
  ) -> Bool {
    for s in spells {
      guard body(head(s)), body(s.months.bitPattern), body(s.extent.bitPattern), body(UInt64(bitPattern: s.monthlyAmount?.ore ?? 0)),
        body((s.subsidyShare ?? 0).bitPattern)
      else { return false }
    }
    for c in care {
      guard body(UInt64(truncatingIfNeeded: c.type)), body(c.count.bitPattern) else { return false }
    }
    return true
  }

  /// The account of the period `spells`, `care` when the memo holds the same period; otherwise
  /// `nil` and the entry to ``remember(_:_:_:in:)`` its account in (`-1`: a period the memo does
  /// not keep). Two calls instead of one taking a closure: a closure would capture the model.
  @inline(__always) func lookup(
    _ spells: UnsafeBufferPointer<ResolvedSpell>, _ care: UnsafeBufferPointer<ResolvedCare>
  ) -> (account: PeriodAccount?, slot: Int) {
    guard spells.count >= 1, spells.count <= Self.maximumSpells, care.count <= Self.maximumCare else { return (nil, -1) }
    let header = Self.header(spells, care)
    var h = header
    _ = Self.keyWords(spells, care) { word in
      h = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
      return true
    }
    let slot = Int(truncatingIfNeeded: h >> shift)
    let entry = keys + slot * Self.words
    guard entry[0] == header else { return (nil, slot) }
    var k = 0
    let same = Self.keyWords(spells, care) { word in
      k += 1
      return entry[k] == word
    }
    return same ? (accounts[slot], slot) : (nil, slot)
  }

  /// Keeps `account` as the account of the period `spells`, `care` in the entry ``lookup(_:_:)`` gave.
  @inline(__always) func remember(
    _ account: PeriodAccount, _ spells: UnsafeBufferPointer<ResolvedSpell>, _ care: UnsafeBufferPointer<ResolvedCare>, in slot: Int
  ) {
    guard slot >= 0 else { return }
    let entry = keys + slot * Self.words
    entry[0] = Self.header(spells, care)
    var k = 0
    _ = Self.keyWords(spells, care) { word in
      k += 1
      entry[k] = word
      return true
    }
    accounts[slot] = account
  }
}
