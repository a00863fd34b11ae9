import Dispatch
import SamnyttaTestSupport
import Testing

@testable import SamnyttaEngine

/// The kernel's blocks (``EvaluationKernel/blockSize``) and their parallelism: the same accounts,
/// participants and support months as the general path in any order of the blocks and on any
/// number of threads, and every rule still checked across blocks.
@Suite("Kernel blocks")
struct KernelBlockTests {
  /// Blocks run in reverse, and on every core: neither may change a byte.
  static let orders: [(String, RecordParallelism)] = [
    ("sequential", .sequential),
    ("reversed", RecordParallelism { n, body in for i in (0..<n).reversed() { body(i) } }),
    ("threads", RecordParallelism { n, body in DispatchQueue.concurrentPerform(iterations: n, execute: body) }),
  ]

  /// About `blocks` blocks of records from the fixture's random inputs, each with its own id.
  static func large(blocks: Double) -> EvaluationInput {
    var input = Fixture.randomInput(seed: 2025)
    let records = input.participants
    let n = Int(blocks * Double(EvaluationKernel.blockSize))
    input.participants = (0..<n).map { i in
      var r = records[i % records.count]
      r.id = "rec\(i)"
      return r
    }
    return input
  }

  @Test("blocks in any order and on any thread give the general path's accounts and figures", arguments: 0..<3)
  func sameResult(order: Int) throws {
    let model = Fixture.model()
    let input = Self.large(blocks: 5.3)
    let (name, parallelism) = Self.orders[order]
    let kernel = try #require(EvaluationKernel.run(input, model: model, includeParticipants: true, parallelism: parallelism), "\(name)")
    let (before, after, rows) = try KernelTests.general(input, model)
    #expect(kernel.totalBefore == before && kernel.totalAfter == after, "\(name)")
    #expect(kernel.participants.map(\.id) == rows.map(\.id))
    #expect(kernel.participants.map(\.before) == rows.map(\.before) && kernel.participants.map(\.after) == rows.map(\.after))
    let resolved = try model.validated(input)
    var months = 0.0
    for (i, r) in input.participants.enumerated() { months += model.publicSupportMonths(resolved.periods(i).before.0) * Double(r.count) }
    #expect(kernel.supportMonths == months, "support months are summed in record order")
    let sequential = try model.evaluate(input)
    let spread = try model.evaluate(input, parallelism: parallelism)
    for perspective in Perspective.allCases { #expect(spread.figures(perspective) == sequential.figures(perspective)) }
    #expect(spread.classification == sequential.classification)
  }

  @Test("a duplicate id or a broken rule in another block is found", arguments: 0..<3)
  func rulesAcrossBlocks(order: Int) throws {
    let model = Fixture.model()
    let valid = Self.large(blocks: 4.5)
    let parallelism = Self.orders[order].1
    var duplicate = valid
    duplicate.participants[valid.participants.count - 1].id = valid.participants[3].id
    var broken = valid
    broken.participants[valid.participants.count - 2].after.spells[0].months = 13
    var tooMany = valid
    tooMany.participants[0].count = InputRules.maximumCount - valid.participants.count / 2
    for input in [duplicate, broken, tooMany] {
      #expect(EvaluationKernel.run(input, model: model, includeParticipants: false, parallelism: parallelism) == nil)
      #expect(!InputRules.violations(in: input, model: model).isEmpty)
    }
    #expect(EvaluationKernel.run(valid, model: model, includeParticipants: false, parallelism: parallelism) != nil)
  }
}

extension KernelBlockTests {
  /// Periods drawn from a few hundred distinct ones, so that the memo's entries are hit, collide
  /// and are replaced; some with three spells (never memoised) and shares of 0 and −0.
  static func repetitive(records: Int, distinct: Int, seed: UInt64) -> EvaluationInput {
    var rng = SplitMix64(state: seed)
    let periods = (0..<distinct).map { _ in Fixture.randomPeriod(&rng) }
    var input = Fixture.randomInput(seed: seed)
    input.participants = (0..<records).map { i in
      Participant(
        id: "m\(i)", count: Int.random(in: 1...3, using: &rng), before: periods.randomElement(using: &rng)!,
        after: periods.randomElement(using: &rng)!)
    }
    return input
  }

  @Test("periods met again are accounted from the memo exactly as the flows account them", arguments: [10, 300, 5_000])
  func memo(distinct: Int) throws {
    let model = Fixture.model()
    let input = Self.repetitive(records: 3_000, distinct: distinct, seed: UInt64(distinct))
    let kernel = try #require(EvaluationKernel.run(input, model: model, includeParticipants: true))
    let (before, after, rows) = try KernelTests.general(input, model)
    #expect(kernel.totalBefore == before && kernel.totalAfter == after)
    #expect(kernel.participants.map(\.before) == rows.map(\.before) && kernel.participants.map(\.after) == rows.map(\.after))
  }

  @Test("the memo tells apart periods that differ in one bit: a share of 0 or −0, an amount given or not")
  func memoKeys() throws {
    let memo = PeriodAccountMemo(for: Fixture.model())
    var calls = 0
    /// The account memoised for `spells`, computed as one that names `tag`.
    func account(_ spells: [ResolvedSpell], tag: Int) -> PeriodAccount {
      spells.withUnsafeBufferPointer { spells in
        [ResolvedCare]().withUnsafeBufferPointer { care in
          let (found, slot) = memo.lookup(spells, care)
          if let found { return found }
          calls += 1
          var a = PeriodAccount()
          a.production = Money(ore: Int64(tag))
          memo.remember(a, spells, care, in: slot)
          return a
        }
      }
    }
    let plain = ResolvedSpell(state: 1, months: 12, extent: 1, monthlyAmount: nil, subsidyShare: nil)
    var zeroAmount = plain
    zeroAmount.monthlyAmount = .zero
    var zeroShare = plain
    zeroShare.subsidyShare = 0
    var minusZeroShare = plain
    minusZeroShare.subsidyShare = -0.0
    let variants = [plain, zeroAmount, zeroShare, minusZeroShare]
    for _ in 0..<3 {
      for (tag, variant) in variants.enumerated() {
        #expect(account([variant], tag: tag).production == Money(ore: Int64(tag)), "variant \(tag) is never given another's account")
      }
    }
    let before = calls
    #expect(account([plain], tag: 0).production == .zero)
    #expect(account([plain], tag: 0).production == .zero)
    #expect(calls <= before + 1, "a period met again is found")
    let three = calls
    _ = account([plain, plain, plain], tag: 9)
    _ = account([plain, plain, plain], tag: 9)
    #expect(calls == three + 2, "three spells are never memoised")
  }
}

extension KernelBlockTests {
  @Test("a memo kept across evaluations serves only its own model")
  func memoAcrossEvaluations() throws {
    let a = Fixture.model()
    var parameters = Fixture.parameters()
    parameters.labour.averageMonthlySalary = parameters.labour.averageMonthlySalary + .kronor(1_000)
    parameters.careTypes[0].cost.unitCost = parameters.careTypes[0].cost.unitCost + .kronor(100)
    let b = PreparedModel(parameters, sharingCodesWith: a)
    let input = Self.repetitive(records: 400, distinct: 20, seed: 9)
    let resolved = try #require(ResolvedInput(input, model: a))
    func evaluate(_ model: PreparedModel, _ memo: PeriodAccountMemo?) throws -> EvaluationResult {
      try #require(
        model.evaluate(
          resolved, name: input.name, association: input.association, period: nil, classification: input.classification, cost: input.cost,
          memo: memo))
    }
    let memo = PeriodAccountMemo(for: a)
    let first = try evaluate(a, memo)
    let again = try evaluate(a, memo)
    let underB = try evaluate(b, memo)
    let alone = try evaluate(b, nil)
    #expect(first.totalAfter == again.totalAfter && first.totalBefore == again.totalBefore)
    #expect(underB.totalAfter == alone.totalAfter && underB.totalBefore == alone.totalBefore, "a's memo is not used under b")
    #expect(underB.totalAfter != first.totalAfter)
    #expect(first.totalBefore == (try a.evaluate(input)).totalBefore)
  }
}
