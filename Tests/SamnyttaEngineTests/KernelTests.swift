import Testing

@testable import SamnyttaEngine

/// The fast path (``EvaluationKernel``) against the general one: the same accounts for every input
/// it accepts, and no input accepted that the input rules refuse.
@Suite("Kernel")
struct KernelTests {
  static let seeds: [UInt64] = [1, 2, 3, 42, 2016, 2025, 99_991]

  /// The general path's accounts, as `evaluate` computed them before the kernel.
  static func general(_ input: EvaluationInput, _ model: PreparedModel) throws -> (PeriodAccount, PeriodAccount, [ParticipantResult]) {
    let resolved = try model.validated(input)
    var before = PeriodAccount()
    var after = PeriodAccount()
    var rows: [ParticipantResult] = []
    for (i, record) in input.participants.enumerated() {
      let periods = resolved.periods(i)
      let b = model.account(periods.before.0, periods.before.1)
      let a = model.account(periods.after.0, periods.after.1)
      before = before + b * record.count
      after = after + a * record.count
      rows.append(ParticipantResult(id: record.id, count: record.count, attributes: record.attributes, before: b, after: a))
    }
    return (before, after, rows)
  }

  @Test("the kernel accepts valid random inputs and computes the general path's accounts exactly", arguments: seeds)
  func sameAccounts(seed: UInt64) throws {
    let model = Fixture.model()
    let input = Fixture.randomInput(seed: seed)
    let kernel = try #require(EvaluationKernel.run(input, model: model, includeParticipants: true))
    let (before, after, rows) = try Self.general(input, model)
    #expect(kernel.totalBefore == before)
    #expect(kernel.totalAfter == after)
    #expect(kernel.participants.map(\.before) == rows.map(\.before))
    #expect(kernel.participants.map(\.after) == rows.map(\.after))
  }

  @Test("totals and evaluate without participants give evaluate's figures", arguments: seeds)
  func totalsAgree(seed: UInt64) throws {
    let model = Fixture.model()
    let input = Fixture.randomInput(seed: seed)
    let options = ForecastOptions(dropOff: 0.1, discountRate: 0.03, externalFactorsShare: 0.2)
    let full = try model.evaluate(input, options: options)
    let bare = try model.evaluate(input, options: options, includeParticipants: false)
    let totals = try model.totals(input, options: options)
    #expect(bare.participants.isEmpty && full.participants.count == input.participants.count)
    for perspective in Perspective.allCases {
      #expect(bare.figures(perspective) == full.figures(perspective))
      #expect(totals.figures(perspective) == full.figures(perspective))
    }
    #expect(totals.totalBefore == full.totalBefore && totals.totalAfter == full.totalAfter && totals.reference == full.reference)
    #expect(bare.classification == full.classification)
  }

  @Test("every broken input is refused by the kernel and reported by the rules", arguments: seeds)
  func brokenInputsFallBack(seed: UInt64) throws {
    let model = Fixture.model()
    let valid = Fixture.randomInput(seed: seed)
    var broken: [EvaluationInput] = []
    func with(_ change: (inout EvaluationInput) -> Void) {
      var copy = valid
      change(&copy)
      broken.append(copy)
    }
    with { $0.participants[0].id = "" }
    with { $0.participants[$0.participants.count - 1].id = $0.participants[0].id }
    with { $0.participants[0].id = "850101-1234" }
    with { $0.participants[0].count = 0 }
    with { $0.participants[0].before.spells = [] }
    with { $0.participants[0].after.spells[0].state = "nope" }
    with { $0.participants[0].after.spells[0].months = 13 }
    with { $0.participants[0].after.spells[0].extent = .nan }
    with { $0.participants[0].after.spells.append(Spell(state: "arbete", months: 12)) }
    with { $0.participants[0].before.spells[0].subsidyShare = 2 }
    with { $0.participants[0].before.care = [CareUse(type: "nope", count: 1)] }
    with { $0.participants[0].before.care = [CareUse(type: Fixture.parameters().careTypes[0].code, count: -1)] }
    with { $0.name = " " }
    with { $0.cost.total = Money(ore: -1) }
    with { $0.participants[0].before.spells[0].monthlyAmount = Money(ore: Int64.max / 2) }
    for input in broken {
      #expect(EvaluationKernel.run(input, model: model, includeParticipants: false) == nil)
      #expect(!InputRules.violations(in: input, model: model).isEmpty)
    }
  }

  @Test("ids that are equal as strings but not as bytes are left to the general path, which finds them")
  func canonicalEquivalence() throws {
    let model = Fixture.model()
    var input = Fixture.randomInput(seed: 7)
    input.participants[0].id = "caf\u{E9}"
    input.participants[1].id = "cafe\u{301}"
    #expect(EvaluationKernel.run(input, model: model, includeParticipants: false) == nil)
    #expect(InputRules.violations(in: input, model: model).contains { if case .duplicateId = $0.rule { true } else { false } })
  }

  @Test("code tables find codes by bytes, the last of a repeated code, and leave non-ASCII keys undecided")
  func codeTable() {
    let table = CodeTable(["a", "bb", "a", "forsorjningsstod"])
    #expect(table.lookup("a") == .found(2))
    #expect(table.lookup("bb") == .found(1))
    #expect(table.lookup("forsorjningsstod") == .found(3))
    #expect(table.lookup("c") == .absent)
    #expect(table.lookup("\u{212A}") == .undecided)
    #expect(!CodeTable(["\u{212A}"]).isUsable)
  }
}
