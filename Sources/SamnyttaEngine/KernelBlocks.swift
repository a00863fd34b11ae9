/// What ``EvaluationKernel``'s blocks write while they run, each block and record to its own place
/// (so no lock is taken), and how the caller puts it together afterwards in record order. Only
/// read once `RecordParallelism.run` has returned, which orders every write before the read.
final class KernelBlocks: @unchecked Sendable {
  /// One block's outcome: `accepted` only when every record rule held and its bound is below the
  /// limit; then its exact count-weighted sums, the people it stands for and its amount bound.
  struct Outcome {
    var accepted = false
    var before = PeriodAccount()
    var after = PeriodAccount()
    var people = 0
    var bound = 0.0
  }

  let records: Int
  let count: Int
  private let outcomes: UnsafeMutablePointer<Outcome>
  /// Per record: a hash of its id (never 0), for the duplicate check across blocks.
  private let idHashes: UnsafeMutablePointer<UInt64>
  /// Per record: its public-support months before, times its count (summed in record order).
  private let supportMonths: UnsafeMutablePointer<Double>
  /// Where each record's result goes when participants are kept (uninitialised memory): written
  /// only by an accepted block, after every check of it has passed.
  private let results: UnsafeMutablePointer<ParticipantResult>?

  init(records: Int, results: UnsafeMutablePointer<ParticipantResult>?) {
    self.records = records
    count = (records + EvaluationKernel.blockSize - 1) / EvaluationKernel.blockSize
    outcomes = .allocate(capacity: count)
    outcomes.initialize(repeating: Outcome(), count: count)
    // Not initialised here (on one thread, a page fault per 4 kB): each block writes its records'
    // places, and they are read only when every block was accepted.
    idHashes = .allocate(capacity: max(1, records))
    supportMonths = .allocate(capacity: max(1, records))
    self.results = results
  }

  deinit {
    outcomes.deallocate()
    idHashes.deallocate()
    supportMonths.deallocate()
  }

  /// The records of block `b`.
  func range(ofBlock b: Int) -> Range<Int> { b * EvaluationKernel.blockSize..<min(records, (b + 1) * EvaluationKernel.blockSize) }

  /// Resolves, bounds and evaluates block `b` of `records`; leaves it not accepted when some rule may be broken.
  func evaluate(block b: Int, of records: UnsafeBufferPointer<Participant>, model: PreparedModel) {
    let range = range(ofBlock: b)
    var builder = ResolvedInput.Builder(model: model, capacity: range.count, checksDuplicateIds: false)
    var codes = CodeCache()
    for i in range {
      guard EvaluationKernel.add(record: records.baseAddress! + i, &builder, &codes, model, seeingId: { idHashes[i] = Self.hash($0) }) else { return }
    }
    guard let resolved = builder.finish(), resolved.structure == model.structure, let bound = model.amountBound(resolved) else { return }
    var visitor = BlockVisitor(first: range.lowerBound, records: records, supportMonths: supportMonths, results: results)
    model.visitAccounts(resolved, &visitor)
    outcomes[b] = Outcome(accepted: true, before: visitor.before, after: visitor.after, people: resolved.people, bound: bound)
  }

  /// The blocks' exact sums and people, or `nil` when a block was not accepted, the people exceed
  /// ``InputRules/maximumCount`` or the blocks' bounds add up to the limit or more.
  func combined() -> (before: PeriodAccount, after: PeriodAccount, people: Int)? {
    var people = 0
    var bound = 0.0
    for b in 0..<count {
      guard outcomes[b].accepted else { return nil }
      people += outcomes[b].people
      bound += outcomes[b].bound
    }
    guard people <= InputRules.maximumCount, bound < Money.limit.kronorValue else { return nil }
    var before = PeriodAccount()
    var after = PeriodAccount()
    for b in 0..<count {
      before = before + outcomes[b].before
      after = after + outcomes[b].after
    }
    return (before, after, people)
  }

  /// The records' public-support months, summed in record order as the general path sums them.
  func supportMonthsInOrder() -> Double {
    var sum = 0.0
    for i in 0..<records { sum += supportMonths[i] }
    return sum
  }

  /// Whether two records may have the same id: their id hashes are equal. The hashes are first
  /// scattered into up to 256 buckets by their top bits (two sequential passes; one bucket per
  /// 1 024 records, so a small input pays for few), then each bucket is
  /// checked in its own ``IdBytesTable`` of hashes, small enough to stay in a core's cache (in
  /// parallel): random probes into one table of a million entries would miss the cache on almost
  /// every hash. A `true` sends the input to the general path, which tells a duplicate from a hash
  /// collision.
  func mayHaveDuplicateIds(_ parallelism: RecordParallelism) -> Bool {
    var buckets = 1
    while buckets < 256, buckets * 1024 < records { buckets *= 2 }
    // Swift's `>>` gives 0 for a shift of 64 (one bucket).
    let shift = UInt64(64 - buckets.trailingZeroBitCount)
    let starts = UnsafeMutablePointer<Int>.allocate(capacity: buckets + 1)
    starts.initialize(repeating: 0, count: buckets + 1)
    defer { starts.deallocate() }
    for i in 0..<records { starts[Int(truncatingIfNeeded: idHashes[i] >> shift) + 1] += 1 }
    for b in 0..<buckets { starts[b + 1] += starts[b] }
    let scattered = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, records))
    defer { scattered.deallocate() }
    let next = UnsafeMutablePointer<Int>.allocate(capacity: buckets)
    defer { next.deallocate() }
    next.initialize(from: starts, count: buckets)
    for i in 0..<records {
      let h = idHashes[i]
      let b = Int(truncatingIfNeeded: h >> shift)
      (scattered + next[b]).initialize(to: h)
      next[b] += 1
    }
    let found = UnsafeMutablePointer<Bool>.allocate(capacity: buckets)
    found.initialize(repeating: false, count: buckets)
    defer { found.deallocate() }
    let shared = UncheckedPointer((starts: starts, scattered: scattered, found: found))
    parallelism.run(buckets) { b in
      let (starts, scattered, found) = shared.value
      let members = starts[b + 1] - starts[b]
      guard members > 1 else { return }
      var table = IdBytesTable(capacity: members)
      for k in starts[b]..<starts[b + 1] {
        guard table.insert(hash: scattered[k]) else {
          found[b] = true
          return
        }
      }
    }
    for b in 0..<buckets where found[b] { return true }
    return false
  }

  /// Deinitialises the results the accepted blocks wrote (when the input as a whole is not
  /// accepted after all): each accepted block wrote all of its records', the others none.
  func deinitializeResults() {
    guard let results else { return }
    for b in 0..<count where outcomes[b].accepted {
      let range = range(ofBlock: b)
      (results + range.lowerBound).deinitialize(count: range.count)
    }
  }

  /// 64-bit FNV-1a of the id's bytes, mixed (MurmurHash3's finaliser) so that the top bits pick
  /// partitions evenly; never 0, which marks an empty slot.
  @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h = CodeTable.hash(bytes)
    h ^= h >> 33
    h &*= 0xff51_afd7_ed55_8ccd
    h ^= h >> 33
    h &*= 0xc4ce_b9fe_1a85_ec53
    h ^= h >> 33
    return h == 0 ? 1 : h
  }
}

/// A block's records' accounts: summed (count-weighted, exact), each record's support months
/// written to its place and, when participants are kept, its result.
struct BlockVisitor: RecordAccountVisitor {
  let first: Int
  let records: UnsafeBufferPointer<Participant>
  let supportMonths: UnsafeMutablePointer<Double>
  let results: UnsafeMutablePointer<ParticipantResult>?
  var before = PeriodAccount()
  var after = PeriodAccount()

  init(
    first: Int, records: UnsafeBufferPointer<Participant>, supportMonths: UnsafeMutablePointer<Double>,
    results: UnsafeMutablePointer<ParticipantResult>?
  ) {
    self.first = first
    self.records = records
    self.supportMonths = supportMonths
    self.results = results
  }

  mutating func visit(_ i: Int, count: Int, before b: PeriodAccount, after a: PeriodAccount, supportMonths months: () -> Double) {
    before.add(b, times: count)
    after.add(a, times: count)
    let r = first + i
    supportMonths[r] = months() * Double(count)
    if let results {
      // The fields read in place: copying the whole record would retain every array it holds.
      (results + r).initialize(
        to: ParticipantResult(id: records[r].id, count: records[r].count, attributes: records[r].attributes, before: b, after: a))
    }
  }
}

/// A pointer handed to the blocks, which each touch only their own records' places while the
/// caller waits for them.
struct UncheckedPointer<Pointer>: @unchecked Sendable {
  let value: Pointer
  init(_ value: Pointer) { self.value = value }
}
