/// An input's participant records checked against a model's structure and resolved once, to be
/// evaluated many times: under the model, and under every model drawn from it (an uncertainty
/// analysis re-evaluates the same records under thousands of drawn models).
///
/// Flat and free of references: per record its count and where its periods start, and every
/// period's spells and care back to back in two arrays of plain values (codes as model indices).
/// No `String`, no per-record heap object: ids are needed only for the duplicate check while
/// building, and the caller keeps them for per-participant results.
///
/// Every input rule on the records is checked while building, as ``InputRules`` states them
/// (without the messages): when any fails, building fails (``Builder/finish()`` answers `nil`) and
/// the caller runs the general path, which reports every broken rule at its location. Rules that
/// depend on the model's numbers (the amount bound, ``AmountBounds``) are checked per evaluation.
///
/// It fits every ``PreparedModel`` of the same structure: the same state and care codes in the same
/// order, the same kinds of flow per state and the same maximum monthly amount (what the rules
/// checked depends on). A drawn model (`ParameterSpace.applying`) keeps them; an evaluation under a
/// model of another structure answers `nil`.
///
/// Records hold a before and an after period; inputs with counterfactual periods or a comparison
/// group take the general path.
public struct ResolvedInput: Sendable {
  /// Which of a record's two periods an entry belongs to.
  public enum Side: Sendable { case before, after }

  /// Per record: the people it stands for (a typfall's count).
  @usableFromInline var counts: [Int]
  /// Per period (record r: 2r before, 2r + 1 after), where its spells start; one entry more at the end.
  @usableFromInline var spellStarts: [Int]
  /// The same for care.
  @usableFromInline var careStarts: [Int]
  @usableFromInline var spells: [ResolvedSpell]
  @usableFromInline var care: [ResolvedCare]
  /// What the checked rules depended on.
  let structure: ModelStructure
  /// Model-independent sums for the cheap amount bound (``BoundSums``).
  let boundSums: BoundSums
  /// n: the people all records stand for.
  public let people: Int

  /// The number of records.
  public var recordCount: Int { counts.count }

  /// The count of record `i` (the people it stands for).
  public func count(ofRecord i: Int) -> Int { counts[i] }
}

/// What the rules a ``ResolvedInput`` was checked against depend on in a model: its codes, per
/// state the kinds of flow it has, and the maximum monthly amount. Two prepared models with equal
/// structures accept exactly the same records.
struct ModelStructure: Sendable, Equatable {
  var stateCodes: [String]
  var careCodes: [String]
  /// Per state: bit 0 occupies time, 1 salary, 2 benefit, 3 wage subsidy.
  var stateKinds: [UInt8]
  var maximumMonthlyAmount: Money

  init(stateCodes: [String], careCodes: [String], states: [CompiledState], parameters: ParameterSet) {
    self.stateCodes = stateCodes
    self.careCodes = careCodes
    stateKinds = stateCodes.indices.map { i in
      let s = states[i]
      return (s.occupiesTime ? 1 : 0) | (s.salary != nil ? 2 : 0) | (s.benefit != nil ? 4 : 0) | (s.subsidy != nil ? 8 : 0)
    }
    maximumMonthlyAmount = parameters.maximumMonthlyAmount
  }
}

/// Per state and care type, sums over the records (each × its count) that bound every amount under
/// any model of the structure without visiting the records again (``PreparedModel/withinAmountLimit(_:)``).
struct BoundSums: Sendable {
  /// Σ count × |months × extent| of spells without an amount from the input.
  var defaultFullTime: [Double]
  /// Σ count × |amount| × |months × extent| (kronor) of spells with one.
  var givenPaid: [Double]
  /// Σ count × |months|.
  var months: [Double]
  /// Σ count × |contacts|, per care type.
  var contacts: [Double]

  /// The sums of the records given flat, as ``ResolvedInput`` holds them.
  init(counts: [Int], spellStarts: [Int], careStarts: [Int], spells: [ResolvedSpell], care: [ResolvedCare], structure: ModelStructure) {
    var defaultFullTime = [Double](repeating: 0, count: structure.stateCodes.count)
    var givenPaid = defaultFullTime
    var months = defaultFullTime
    var contacts = [Double](repeating: 0, count: structure.careCodes.count)
    // One pass over the flat arrays, read and summed through buffers (no copy-on-write checks per entry).
    defaultFullTime.withUnsafeMutableBufferPointer { defaultFullTime in
      givenPaid.withUnsafeMutableBufferPointer { givenPaid in
        months.withUnsafeMutableBufferPointer { months in
          spells.withUnsafeBufferPointer { spells in
            spellStarts.withUnsafeBufferPointer { starts in
              for i in counts.indices {
                let count = Double(counts[i])
                for spell in spells[starts[2 * i]..<starts[2 * i + 2]] {
                  let fullTime = abs(spell.months * spell.extent)
                  if let amount = spell.monthlyAmount {
                    givenPaid[spell.state] += count * (abs(amount.kronorValue) * fullTime)
                  } else {
                    defaultFullTime[spell.state] += count * fullTime
                  }
                  months[spell.state] += count * abs(spell.months)
                }
              }
            }
          }
        }
      }
    }
    contacts.withUnsafeMutableBufferPointer { contacts in
      care.withUnsafeBufferPointer { care in
        careStarts.withUnsafeBufferPointer { starts in
          for i in counts.indices {
            let count = Double(counts[i])
            for use in care[starts[2 * i]..<starts[2 * i + 2]] { contacts[use.type] += count * abs(use.count) }
          }
        }
      }
    }
    self.defaultFullTime = defaultFullTime
    self.givenPaid = givenPaid
    self.months = months
    self.contacts = contacts
  }
}

extension ResolvedInput {
  /// The participant records of `input` resolved under `model`'s structure; `nil` when some rule
  /// may be broken or the input has a comparison group or counterfactual periods (the general path
  /// then reports or computes them). The input-level rules (name, association, cost) are not
  /// checked here: ``PreparedModel/totals(_:cost:options:)`` checks the cost.
  public init?(_ input: EvaluationInput, model: PreparedModel) {
    guard input.comparison == nil, !input.participants.contains(where: { $0.counterfactual != nil }),
      let resolved = EvaluationKernel.resolve(input.participants, model: model)
    else { return nil }
    self = resolved
  }

  /// Builds a ``ResolvedInput`` record by record, checking each rule as the record comes: a decoder
  /// can feed it straight from its bytes, without building an ``EvaluationInput`` first.
  ///
  /// For each record: ``beginRecord(idUTF8:count:)``, then its spells and care in input order
  /// (``addSpell(_:state:months:extent:monthlyAmount:subsidyShare:)``, ``addCare(_:type:count:)``;
  /// before and after may interleave, each side keeps its own order), then ``endRecord()``. Codes are
  /// found once per distinct code with ``stateIndex(utf8:)`` and ``careIndex(utf8:)``. Every call
  /// answers `false` once some rule may be broken (the builder then stays failed, and ``finish()``
  /// answers `nil`): the caller stops and runs the general path, which reports what is broken.
  public struct Builder {
    let model: PreparedModel
    let structure: ModelStructure
    var counts: [Int] = []
    var spellStarts: [Int] = [0]
    var careStarts: [Int] = [0]
    var spells: [ResolvedSpell] = []
    var care: [ResolvedCare] = []
    /// `nil` when the caller checks the ids for duplicates itself (``EvaluationKernel``'s blocks).
    var ids: IdBytesTable?
    var people = 0
    var failed = false
    var inRecord = false
    /// The current record's: where its after spells and care start (its before entries lie before,
    /// from the last ``spellStarts``/``careStarts`` entry on), its full-time months in states that
    /// take time and its number of spells, per side.
    var afterSpellStart = 0
    var afterCareStart = 0
    var occupiedBefore = 0.0
    var occupiedAfter = 0.0
    var spellsBefore = 0
    var spellsAfter = 0

    /// A builder for about `capacity` records under `model`'s structure.
    public init(model: PreparedModel, capacity: Int) {
      self.init(model: model, capacity: capacity, checksDuplicateIds: true)
    }

    /// A builder that checks every record rule but duplicate ids when `checksDuplicateIds` is
    /// `false`: for a caller that builds one input's records in blocks and checks its ids across all
    /// blocks itself (``EvaluationKernel``).
    init(model: PreparedModel, capacity: Int, checksDuplicateIds: Bool) {
      self.model = model
      structure = model.structure
      let n = max(0, capacity)
      counts.reserveCapacity(n)
      spellStarts.reserveCapacity(2 * n + 1)
      careStarts.reserveCapacity(2 * n + 1)
      spells.reserveCapacity(3 * n)
      care.reserveCapacity(n)
      ids = checksDuplicateIds ? IdBytesTable(capacity: n) : nil
      // A model with a non-ASCII code cannot be matched by bytes (``CodeTable``): the general path runs.
      if !model.stateCodes.isUsable || !model.careCodes.isUsable { failed = true }
    }

    /// The index of the model's state with the code of these UTF-8 bytes; `nil` when there is none
    /// or the code is not ASCII (then the general path decides).
    public func stateIndex(utf8 code: UnsafeRawBufferPointer) -> Int? {
      if case .found(let i) = model.stateCodes.lookup(bytes: code.bindMemory(to: UInt8.self)) { return i }
      return nil
    }

    /// The index of the model's care type with the code of these UTF-8 bytes, as ``stateIndex(utf8:)``.
    public func careIndex(utf8 code: UnsafeRawBufferPointer) -> Int? {
      if case .found(let i) = model.careCodes.lookup(bytes: code.bindMemory(to: UInt8.self)) { return i }
      return nil
    }

    /// ``stateIndex(utf8:)`` of a `String`.
    public func stateIndex(_ code: String) -> Int? {
      if case .found(let i) = model.stateCodes.lookup(code) { return i }
      return nil
    }

    /// ``careIndex(utf8:)`` of a `String`.
    public func careIndex(_ code: String) -> Int? {
      if case .found(let i) = model.careCodes.lookup(code) { return i }
      return nil
    }

    @inline(__always) private mutating func fail() -> Bool {
      failed = true
      return false
    }

    /// Starts a record with the id of these UTF-8 bytes: `false` when the id is empty, not ASCII,
    /// given before, or looks like a personal identity number, or the count is out of range.
    public mutating func beginRecord(idUTF8 id: UnsafeRawBufferPointer, count: Int) -> Bool {
      guard !failed, !inRecord else { return fail() }
      let bytes = id.bindMemory(to: UInt8.self)
      guard !bytes.isEmpty, count >= 1, count <= InputRules.maximumCount else { return fail() }
      if ids != nil {
        guard ids?.insert(bytes) == true else { return fail() }
      } else {
        guard IdBytesTable.isASCII(bytes) else { return fail() }
      }
      guard !Self.looksLikePersonalIdentityNumber(bytes) else { return fail() }
      people += count
      guard people <= InputRules.maximumCount else { return fail() }
      counts.append(count)
      inRecord = true
      afterSpellStart = spells.count
      afterCareStart = care.count
      occupiedBefore = 0
      occupiedAfter = 0
      spellsBefore = 0
      spellsAfter = 0
      return true
    }

    /// ``beginRecord(idUTF8:count:)`` of a `String` id.
    public mutating func beginRecord(id: String, count: Int) -> Bool {
      if let accepted = id.utf8.withContiguousStorageIfAvailable({ beginRecord(idUTF8: UnsafeRawBufferPointer($0), count: count) }) {
        return accepted
      }
      return Array(id.utf8).withUnsafeBytes { beginRecord(idUTF8: $0, count: count) }
    }

    /// Whether ASCII `bytes` may be a personal identity number: as ``PersonalIdentityNumber/looksLikeOne(_:)``,
    /// which needs at least ten digits, so the `String` is made only for an id that has them.
    static func looksLikePersonalIdentityNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      guard bytes.count >= 10 else { return false }
      var digits = 0
      for b in bytes where b >= 0x30 && b <= 0x39 { digits += 1 }
      guard digits >= 10 else { return false }
      return PersonalIdentityNumber.looksLikeOne(String(decoding: bytes, as: UTF8.self))
    }

    /// Adds a spell of the current record (``InputRules``' spell rules): a state index from
    /// ``stateIndex(utf8:)``, months in (0, 12], extent in (0, 1], an amount only for a state with a
    /// salary or benefit and within the model's maximum, a subsidy share only for a state with a wage
    /// subsidy and within [0, 1].
    public mutating func addSpell(
      _ side: Side, state: Int, months: Double, extent: Double, monthlyAmount: Money?, subsidyShare: Double?
    ) -> Bool {
      guard !failed, inRecord, state >= 0, state < structure.stateKinds.count else { return fail() }
      let kinds = structure.stateKinds[state]
      guard months > 0, months <= InputRules.periodMonths, extent > 0, extent <= 1 else { return fail() }
      if let amount = monthlyAmount {
        guard kinds & 6 != 0, amount >= .zero, amount <= structure.maximumMonthlyAmount else { return fail() }
      }
      if let share = subsidyShare {
        guard kinds & 8 != 0, share >= 0, share <= 1 else { return fail() }
      }
      let spell = ResolvedSpell(state: state, months: months, extent: extent, monthlyAmount: monthlyAmount, subsidyShare: subsidyShare)
      let occupies = kinds & 1 != 0
      switch side {
      case .before:
        // Before the after-period's entries: appended in the usual order, inserted otherwise.
        if afterSpellStart == spells.count { spells.append(spell) } else { spells.insert(spell, at: afterSpellStart) }
        afterSpellStart += 1
        spellsBefore += 1
        if occupies { occupiedBefore += months * extent }
      case .after:
        spells.append(spell)
        spellsAfter += 1
        if occupies { occupiedAfter += months * extent }
      }
      return true
    }

    /// Adds care use of the current record: a type from ``careIndex(utf8:)``, contacts in [0, 10 000].
    public mutating func addCare(_ side: Side, type: Int, count: Double) -> Bool {
      guard !failed, inRecord, type >= 0, type < structure.careCodes.count else { return fail() }
      guard count >= 0, count <= InputRules.maximumContacts else { return fail() }
      let use = ResolvedCare(type: type, count: count)
      switch side {
      case .before:
        if afterCareStart == care.count { care.append(use) } else { care.insert(use, at: afterCareStart) }
        afterCareStart += 1
      case .after: care.append(use)
      }
      return true
    }

    /// Ends the current record: `false` when a period has no spell or more than 12 full-time months
    /// in states that take time.
    public mutating func endRecord() -> Bool {
      guard !failed, inRecord else { return fail() }
      inRecord = false
      let limit = InputRules.periodMonths + InputRules.tolerance
      guard spellsBefore > 0, spellsAfter > 0, !(occupiedBefore > limit), !(occupiedAfter > limit) else { return fail() }
      spellStarts.append(afterSpellStart)
      spellStarts.append(spells.count)
      careStarts.append(afterCareStart)
      careStarts.append(care.count)
      return true
    }

    /// The resolved input; `nil` when some rule may be broken, no record was given, or a record
    /// was left open.
    public consuming func finish() -> ResolvedInput? {
      guard !failed, !inRecord, !counts.isEmpty else { return nil }
      let sums = BoundSums(counts: counts, spellStarts: spellStarts, careStarts: careStarts, spells: spells, care: care, structure: structure)
      return ResolvedInput(
        counts: counts, spellStarts: spellStarts, careStarts: careStarts, spells: spells, care: care, structure: structure, boundSums: sums,
        people: people)
    }
  }
}

/// Whether a list of ids may hold a duplicate, by the hashes of their UTF-8 bytes, kept only while
/// building: each id hashed once (``KernelBlocks/hash(_:)``) into an open-addressed table of the
/// hashes alone. Two equal hashes answer "may be a duplicate" (`false`), and the builder fails: the
/// general path then tells a duplicate from a hash collision (about one in 10¹³ for two inputs of
/// a thousand ids) and reports it at its place, as the kernel's blocks do. No id's bytes are kept.
/// Exact as `Set<String>` only for ASCII ids (see ``CodeTable``); `insert` answers `nil` for any other.
struct IdBytesTable {
  private var hashes: [UInt64]
  private var mask: Int
  private var count = 0

  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    hashes = Array(repeating: 0, count: size)
    mask = size - 1
  }

  /// Records `id`: `true` when no earlier id has its hash, `false` when one has (perhaps the same
  /// id), `nil` when the id is not ASCII (undecided).
  mutating func insert(_ id: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard Self.isASCII(id) else { return nil }
    return insert(hash: KernelBlocks.hash(id))
  }

  /// Records an id by its hash (``KernelBlocks/hash(_:)``, never 0): `false` when it was recorded before.
  mutating func insert(hash h: UInt64) -> Bool {
    if count * 2 >= hashes.count { grow() }
    var slot = Int(truncatingIfNeeded: h) & mask
    while hashes[slot] != 0 {
      if hashes[slot] == h { return false }
      slot = (slot + 1) & mask
    }
    hashes[slot] = h
    count += 1
    return true
  }

  /// Whether every byte is ASCII: only then is byte equality `String` equality (``CodeTable``).
  @inline(__always) static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var ascii: UInt8 = 0
    for b in bytes { ascii |= b }
    return ascii < 0x80
  }

  /// Doubles the table (more ids than the capacity given).
  private mutating func grow() {
    let size = hashes.count * 2
    var grown = [UInt64](repeating: 0, count: size)
    let newMask = size - 1
    for h in hashes where h != 0 {
      var slot = Int(truncatingIfNeeded: h) & newMask
      while grown[slot] != 0 { slot = (slot + 1) & newMask }
      grown[slot] = h
    }
    hashes = grown
    mask = newMask
  }
}
