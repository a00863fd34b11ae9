import SamnyttaTestSupport
import Testing

@testable import SamnyttaEngine

/// ``ResolvedInput`` and its evaluations against the general path: the same accounts, the same
/// refusals, and reuse under models of the same structure only.
@Suite("Resolved input")
struct ResolvedInputTests {
  /// `input`'s records fed to a builder as a decoder would, by bytes.
  static func resolve(_ input: EvaluationInput, _ model: PreparedModel) -> ResolvedInput? {
    var builder = ResolvedInput.Builder(model: model, capacity: input.participants.count)
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
    for record in input.participants {
      let id = bytes(record.id)
      guard id.withUnsafeBytes({ builder.beginRecord(idUTF8: $0, count: record.count) }) else { return nil }
      // After first, then before: each side keeps its own order.
      for (side, period) in [(ResolvedInput.Side.after, record.after), (.before, record.before)] {
        for spell in period.spells {
          guard let state = bytes(spell.state).withUnsafeBytes({ builder.stateIndex(utf8: $0) }),
            builder.addSpell(
              side, state: state, months: spell.months, extent: spell.extent, monthlyAmount: spell.monthlyAmount, subsidyShare: spell.subsidyShare)
          else { return nil }
        }
        for use in period.care {
          guard let type = bytes(use.type).withUnsafeBytes({ builder.careIndex(utf8: $0) }), builder.addCare(side, type: type, count: use.count)
          else { return nil }
        }
      }
      guard builder.endRecord() else { return nil }
    }
    return builder.finish()
  }

  @Test("accounts and totals of a resolved input are the general path's", arguments: KernelTests.seeds)
  func sameAsGeneral(seed: UInt64) throws {
    let model = Fixture.model()
    let input = Fixture.randomInput(seed: seed, participants: 60)
    let resolved = try #require(Self.resolve(input, model))
    let (before, after, rows) = try KernelTests.general(input, model)
    let fromInput = try #require(ResolvedInput(input, model: model))
    #expect(model.accounts(fromInput)?.map(\.after) == rows.map(\.after))
    var withCounterfactual = input
    withCounterfactual.participants[0].counterfactual = withCounterfactual.participants[0].before
    #expect(ResolvedInput(withCounterfactual, model: model) == nil)
    let accounts = try #require(model.accounts(resolved))
    #expect(accounts.map(\.before) == rows.map(\.before))
    #expect(accounts.map(\.after) == rows.map(\.after))
    let sums = try #require(model.totalAccounts(resolved))
    #expect(sums.before == before && sums.after == after)
    let totals = try #require(model.totals(resolved, cost: input.cost))
    let expected = try model.totals(input)
    #expect(totals.totalBefore == before && totals.totalAfter == after && totals.participantCount == resolved.people)
    for perspective in Perspective.allCases { #expect(totals.figures(perspective) == expected.figures(perspective)) }
    var visited: [(Int, PeriodAccount, PeriodAccount)] = []
    #expect(model.forEachAccount(resolved) { visited.append(($0, $1, $2)) })
    #expect(visited.map(\.0) == Array(0..<input.participants.count) && visited.map(\.1) == rows.map(\.before))
  }

  @Test("one resolved input serves models of the same structure, and no other", arguments: KernelTests.seeds)
  func reuse(seed: UInt64) throws {
    let input = Fixture.randomInput(seed: seed)
    let resolved = try #require(Self.resolve(input, Fixture.model()))
    var parameters = Fixture.parameters()
    var rng = SplitMix64(state: seed)
    parameters.labour.employerContributionRate = Double.random(in: 0.2...0.4, using: &rng)
    parameters.taxes.municipalRate = Double.random(in: 0.15...0.25, using: &rng)
    parameters.states[1].benefit?.defaultMonthlyAmount = .kronor(Int64.random(in: 10_000...20_000, using: &rng))
    parameters.states[3].resourceUse[0].unitCost = .kronor(Int64.random(in: 1_000...5_000, using: &rng))
    parameters.careTypes[1].cost.unitCost = .kronor(Int64.random(in: 1_000...5_000, using: &rng))
    let drawn = PreparedModel(parameters)
    let (_, _, rows) = try KernelTests.general(input, drawn)
    let accounts = try #require(drawn.accounts(resolved))
    #expect(accounts.map(\.before) == rows.map(\.before) && accounts.map(\.after) == rows.map(\.after))

    var reordered = Fixture.parameters()
    reordered.states.swapAt(0, 1)
    #expect(PreparedModel(reordered).accounts(resolved) == nil)
    var other = Fixture.parameters()
    other.states[6].work = .init(defaultMonthlySalary: .kronor(1), subsidy: nil)
    #expect(PreparedModel(other).totalAccounts(resolved) == nil)
  }

  @Test("the builder refuses what the rules refuse")
  func refusals() {
    let model = Fixture.model()
    func attempt(_ body: (inout ResolvedInput.Builder) -> Bool) -> Bool {
      var builder = ResolvedInput.Builder(model: model, capacity: 1)
      guard builder.beginRecord(id: "a", count: 1), body(&builder), builder.endRecord() else { return false }
      return builder.finish() != nil
    }
    let ingen = model.state("ingen")!
    let arbete = model.state("arbete")!
    let fs = model.state("fs")!
    let full: (inout ResolvedInput.Builder) -> Bool = {
      $0.addSpell(.before, state: ingen, months: 12, extent: 1, monthlyAmount: nil, subsidyShare: nil)
        && $0.addSpell(.after, state: ingen, months: 12, extent: 1, monthlyAmount: nil, subsidyShare: nil)
    }
    #expect(attempt(full))
    let ok93 = attempt { $0.addSpell(.before, state: ingen, months: 12, extent: 1, monthlyAmount: nil, subsidyShare: nil) }
    #expect(!ok93)
    let ok95 = attempt { full(&$0) && $0.addSpell(.after, state: arbete, months: 1, extent: 1, monthlyAmount: nil, subsidyShare: nil) }
    #expect(!ok95)
    let ok97 = attempt { full(&$0) && $0.addSpell(.after, state: fs, months: 12, extent: 1, monthlyAmount: .kronor(1), subsidyShare: nil) }
    #expect(ok97)
    let ok99 = attempt { full(&$0) && $0.addSpell(.after, state: ingen, months: 1, extent: 1, monthlyAmount: .kronor(1), subsidyShare: nil) }
    #expect(!ok99)
    let ok101 = attempt { full(&$0) && $0.addSpell(.after, state: arbete, months: 1, extent: 1, monthlyAmount: nil, subsidyShare: 0.5) }
    #expect(!ok101)
    let ok103 = attempt { full(&$0) && $0.addSpell(.after, state: model.referenceState, months: 1, extent: 1, monthlyAmount: nil, subsidyShare: nil) }
    #expect(!ok103)
    let ok105 = attempt { full(&$0) && $0.addSpell(.after, state: fs, months: 0, extent: 1, monthlyAmount: nil, subsidyShare: nil) }
    #expect(!ok105)
    let ok107 = attempt { full(&$0) && $0.addSpell(.after, state: fs, months: 1, extent: .nan, monthlyAmount: nil, subsidyShare: nil) }
    #expect(!ok107)
    let ok109 = attempt { full(&$0) && $0.addCare(.after, type: 0, count: -1) }
    #expect(!ok109)
    let ok111 = attempt { full(&$0) && $0.addCare(.after, type: 2, count: 1) }
    #expect(!ok111)
    let ok113 = attempt { full(&$0) && $0.addCare(.after, type: 1, count: 10_000) }
    #expect(ok113)

    var twice = ResolvedInput.Builder(model: model, capacity: 1)
    let first = twice.beginRecord(id: "a", count: 1) && full(&twice) && twice.endRecord()
    let second = twice.beginRecord(id: "a", count: 1)
    #expect(first && !second)
    #expect(twice.finish() == nil)
    var open = ResolvedInput.Builder(model: model, capacity: 1)
    let opened = open.beginRecord(id: "a", count: 1) && full(&open)
    #expect(opened)
    #expect(open.finish() == nil)
    let none = ResolvedInput.Builder(model: model, capacity: 0)
    #expect(none.finish() == nil)
    var pin = ResolvedInput.Builder(model: model, capacity: 1)
    let pinAccepted = pin.beginRecord(id: "850101-1234", count: 1)
    #expect(!pinAccepted)
    var zero = ResolvedInput.Builder(model: model, capacity: 1)
    let zeroAccepted = zero.beginRecord(id: "b", count: 0)
    #expect(!zeroAccepted)
    #expect(ResolvedInput.Builder(model: model, capacity: 0).stateIndex(utf8: UnsafeRawBufferPointer(start: nil, count: 0)) == nil)
  }

  @Test("many ids beyond the capacity given are all told apart")
  func idsBeyondCapacity() {
    var ids = IdBytesTable(capacity: 1)
    for i in 0..<5_000 {
      let id = Array("id\(i)".utf8)
      #expect(id.withUnsafeBufferPointer { ids.insert($0) } == true)
    }
    #expect(Array("id4321".utf8).withUnsafeBufferPointer { ids.insert($0) } == false)
    #expect(Array("caf\u{E9}".utf8).withUnsafeBufferPointer { ids.insert($0) } == nil)
  }

  @Test("near the amount limit the resolved path accepts exactly what the rules accept")
  func amountLimit() throws {
    var parameters = Fixture.parameters()
    // A care contact so dear that four people with 1 250 contacts in each period reach 10¹⁵ kr.
    parameters.careTypes[0].cost.unitCost = .kronor(100_000_000_000)
    let model = PreparedModel(parameters)
    for contacts in [1_000.0, 1_249, 1_249.99, 1_249.9995, 1_249.99999, 1_250, 1_251, 2_000] {
      let period = Period(spells: [Spell(state: "ingen", months: 12)], care: [CareUse(type: "lakare", count: contacts)])
      let input = EvaluationInput(
        name: "n", association: "a", cost: InterventionCost(total: .zero),
        participants: (0..<4).map { Participant(id: "p\($0)", count: 1, before: period, after: period) })
      let valid = InputRules.violations(in: input, model: model).isEmpty
      let resolved = try #require(Self.resolve(input, model))
      #expect((model.totalAccounts(resolved) != nil) == valid, "contacts \(contacts)")
      // The kernel adds its blocks' bounds, each raised by 10⁻⁶: it accepts nothing the rules
      // refuse, accepts what is clearly below the limit, and leaves the last 10⁻⁶ to the general path.
      let kernel = EvaluationKernel.run(input, model: model, includeParticipants: false)
      #expect(kernel == nil || valid, "contacts \(contacts)")
      if contacts <= 1_249.99 { #expect(kernel != nil, "contacts \(contacts)") }
      #expect(((try? model.evaluate(input)) != nil) == valid, "contacts \(contacts)")
    }
  }
}

extension ResolvedInputTests {
  @Test("a model prepared sharing another's codes evaluates as one prepared alone, and shares only equal codes")
  func sharingCodes() throws {
    let base = Fixture.model()
    var parameters = Fixture.parameters()
    parameters.taxes.municipalRate = 0.22
    let input = Fixture.randomInput(seed: 5)
    let shared = PreparedModel(parameters, sharingCodesWith: base)
    let alone = PreparedModel(parameters)
    #expect(try shared.totals(input).figures(.society) == alone.totals(input).figures(.society))
    let resolved = try #require(Self.resolve(input, base))
    #expect(shared.accounts(resolved)?.map(\.after) == alone.accounts(resolved)?.map(\.after))
    var renamed = parameters
    renamed.states[0].code = "other"
    let notShared = PreparedModel(renamed, sharingCodesWith: base)
    #expect(notShared.state("other") == 0 && notShared.state("fs") == nil)
    #expect(notShared.accounts(resolved) == nil)
  }
}

extension ResolvedInputTests {
  @Test("rounding without libm gives rounded()'s öre: halves away from zero, at every magnitude up to and beyond 2⁶²")
  func roundingAsRounded() {
    var rng = SplitMix64(state: 62)
    var values: [Double] = [0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 0.49999999999999994, -0.49999999999999994, 0x1p52 + 1, 0x1p53, 0x1p62, -0x1p62]
    values += [0x1p62.nextDown, (-0x1p62).nextUp, 0x1p63, .nan, .infinity]
    for _ in 0..<200_000 {
      let magnitude = Double.random(in: -4...62, using: &rng)
      let x = Double.random(in: 0..<1, using: &rng) * Double(sign: .plus, exponent: Int(magnitude), significand: 1)
      values.append(Bool.random(using: &rng) ? x : -x)
      values.append((x * 2).rounded() / 2)
      values.append(Money(ore: Int64.random(in: -1_000_000_000...1_000_000_000, using: &rng)).kronorValue * Double.random(in: 0...1, using: &rng))
    }
    var different = 0
    for x in values {
      let expected: Money? = {
        let r = x.rounded()
        return r.isFinite && r > -0x1p63 && r < 0x1p63 ? Money(ore: Int64(r)) : nil
      }()
      if Money(roundingOre: x) != expected { different += 1 }
    }
    #expect(different == 0)
  }
}
