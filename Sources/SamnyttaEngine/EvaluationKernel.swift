/// The engine's fast path for an ``EvaluationInput``: its records resolved into a ``ResolvedInput``
/// (every record rule checked on the way, codes found by their bytes) and evaluated there, as every
/// fast evaluation is (Docs/performance.md).
///
/// It computes exactly what the general path computes, through the same functions: each period's
/// spells go to ``PreparedModel/emitFlows(spells:care:into:)`` with the ``AccountingSink``, so every
/// flow is rounded where and as method.md says. What it saves is the machinery around them: no
/// `Dictionary` or `Set` of strings (codes and ids are found by their bytes, ``CodeTable``), no
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

  /// Records per block: few enough that a block's resolved records (about 0.7 MB) stay in a core's
  /// caches while they are evaluated, many enough that a block's allocations (its builder's arrays,
  /// its period memo) and its hand-over to a thread are spread over many records. 1 024 and 16 384
  /// measured no better (Docs/performance.md).
  static let blockSize = 4096

  /// The totals of `input` under `model`, or `nil` when some rule may be broken.
  ///
  /// The records are cut into blocks of ``blockSize``; each block is resolved (a ``ResolvedInput``
  /// whose builder checks every record rule but duplicate ids), its amount bound taken
  /// (``PreparedModel/amountBound(_:)``) and its records evaluated, on whatever thread `parallelism`
  /// gives it. Then, in record order: the ids are checked for duplicates across all blocks
  /// (``KernelBlocks/mayHaveDuplicateIds(_:)``), the blocks' bounds must add up to less than
  /// ``Money/limit``, and the blocks' exact sums are added up. A block's own bound is below the limit
  /// before its records are evaluated, so no sum inside a block can overflow, and the whole is
  /// added only once its bound is known to be below the limit.
  static func run(
    _ input: EvaluationInput, model: PreparedModel, includeParticipants: Bool, parallelism: RecordParallelism = .sequential
  ) -> EvaluationKernel? {
    guard !input.name.allSatisfy(\.isWhitespace), !input.association.allSatisfy(\.isWhitespace) else { return nil }
    var costOK = true
    InputRules.checkCost(input.cost) { _, _ in costOK = false }
    let n = input.participants.count
    guard costOK, n > 0, n <= InputRules.maximumCount, model.stateCodes.isUsable, model.careCodes.isUsable else { return nil }
    var kernel: EvaluationKernel? = nil
    func evaluate(into results: UnsafeMutablePointer<ParticipantResult>?) -> Bool {
      let blocks = KernelBlocks(records: n, results: results)
      input.participants.withUnsafeBufferPointer { records in
        let records = UncheckedPointer(records)
        parallelism.run(blocks.count) { b in blocks.evaluate(block: b, of: records.value, model: model) }
      }
      guard let whole = blocks.combined(), !blocks.mayHaveDuplicateIds(parallelism) else {
        blocks.deinitializeResults()
        return false
      }
      kernel = EvaluationKernel(
        totalBefore: whole.before, totalAfter: whole.after, people: whole.people, supportMonths: blocks.supportMonthsInOrder())
      return true
    }
    if includeParticipants {
      // The results written in place by the blocks, straight into the array's storage.
      let participants = [ParticipantResult](unsafeUninitializedCapacity: n) { out, initialized in
        initialized = evaluate(into: out.baseAddress) ? n : 0
      }
      kernel?.participants = participants
    } else {
      _ = evaluate(into: nil)
    }
    return kernel
  }

  /// The records resolved against `model`, or `nil` when some rule may be broken.
  static func resolve(_ records: [Participant], model: PreparedModel) -> ResolvedInput? {
    guard model.stateCodes.isUsable, model.careCodes.isUsable else { return nil }
    var builder = ResolvedInput.Builder(model: model, capacity: records.count)
    var codes = CodeCache()
    let ok = records.withUnsafeBufferPointer { records -> Bool in
      for i in records.indices {
        guard add(record: records.baseAddress! + i, &builder, &codes, model) else { return false }
      }
      return true
    }
    return ok ? builder.finish() : nil
  }

  /// Adds the record at `record`, read in place, to the builder: its id and count, both periods,
  /// and its end; `seeingId` is given the id's bytes (the kernel's blocks hash them). `false` as the
  /// builder answers, or when the id's bytes are not contiguous (a bridged string: the general
  /// path then decides).
  @inline(__always) static func add(
    record: UnsafePointer<Participant>, _ builder: inout ResolvedInput.Builder, _ codes: inout CodeCache, _ model: PreparedModel,
    seeingId: (UnsafeBufferPointer<UInt8>) -> Void = { _ in }
  ) -> Bool {
    let begun = record.pointee.id.utf8.withContiguousStorageIfAvailable { id -> Bool in
      seeingId(id)
      return builder.beginRecord(idUTF8: UnsafeRawBufferPointer(id), count: record.pointee.count)
    }
    return begun == true && add(record.pointer(to: \.before), .before, &builder, &codes, model)
      && add(record.pointer(to: \.after), .after, &builder, &codes, model) && builder.endRecord()
  }

  /// Adds the spells and care of the period at `period` to the current record, read in place:
  /// passing a `Period` from a record would copy it, and retain and release both of its arrays.
  static func add(
    _ period: UnsafePointer<Period>?, _ side: ResolvedInput.Side, _ builder: inout ResolvedInput.Builder, _ codes: inout CodeCache,
    _ model: PreparedModel
  ) -> Bool {
    guard let period else { return false }
    let spellsOK = period.pointee.spells.withUnsafeBufferPointer { spells -> Bool in
      for j in spells.indices {
        guard let state = codes.state(spells, j, model.stateCodes),
          builder.addSpell(
            side, state: state, months: spells[j].months, extent: spells[j].extent, monthlyAmount: spells[j].monthlyAmount,
            subsidyShare: spells[j].subsidyShare)
        else { return false }
      }
      return true
    }
    guard spellsOK else { return false }
    return period.pointee.care.withUnsafeBufferPointer { care -> Bool in
      for j in care.indices {
        guard let type = codes.care(care, j, model.careCodes), builder.addCare(side, type: type, count: care[j].count) else { return false }
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
  /// Direct-mapped by a hash of the bits: one compare per lookup (a scan of every cached code
  /// mispredicted its way past codes whose first words agree, as long codes' lengths do).
  private var stateKeys = [(UInt64, UInt64, Int)](repeating: (0, 0, -1), count: slots)
  private var careKeys = [(UInt64, UInt64, Int)](repeating: (0, 0, -1), count: slots)
  static let slots = 32

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
    let slot = Int(truncatingIfNeeded: ((key.0 ^ key.1 &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9) >> 59)
    let cached = keys[slot]
    if cached.2 >= 0, cached.0 == key.0, cached.1 == key.1 { return cached.2 }
    guard case .found(let i) = table.lookup(code(buffer[j])) else { return nil }
    keys[slot] = (key.0, key.1, i)
    return i
  }
}
