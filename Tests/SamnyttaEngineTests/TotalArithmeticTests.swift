import Testing

@testable import SamnyttaEngine

/// Money never traps on a double out of range, and the rules keep every amount below `Money.limit`:
/// regressions for the fuzzing battery's crashes (issue 9).
@Suite("Total arithmetic")
struct TotalArithmeticTests {
  @Test(arguments: [Double.nan, .infinity, -.infinity, 0x1p63, -0x1p63, 1e300])
  func conversionOutOfRangeIsNil(_ ore: Double) {
    #expect(Money(roundingOre: ore) == nil)
    #expect(Money(ore: 100).scaledIfRepresentable(by: ore) == nil)
  }

  @Test func conversionRoundsHalvesAwayFromZero() {
    #expect(Money(roundingOre: 2.5) == Money(ore: 3))
    #expect(Money(roundingOre: -2.5) == Money(ore: -3))
    #expect(Money(roundingOre: 0x1p62) == Money(ore: 1 << 62))
  }

  @Test func scalingSaturatesInsteadOfTrapping() {
    #expect(Money(ore: 100).scaled(by: 1e300) == Money(ore: .max))
    #expect(Money(ore: -100).scaled(by: 1e300) == Money(ore: .min))
    #expect(Money(ore: 100).scaled(by: .nan) == .zero)
    #expect(Money(ore: 1234).scaled(by: 0.5) == Money(ore: 617))
  }

  @Test func overflowIsReported() {
    #expect(Money(ore: .max).addingReportingOverflow(Money(ore: 1)).overflow)
    #expect(Money(ore: .min).subtractingReportingOverflow(Money(ore: 1)).overflow)
    #expect(Money(ore: .max / 2).multipliedReportingOverflow(by: 3).overflow)
    #expect(Money(ore: 7).multipliedReportingOverflow(by: 3) == (Money(ore: 21), false))
  }

  /// Six times the limit still fits: a 5-year forecast minus a cost cannot overflow.
  @Test func limitLeavesRoomForTheForecast() {
    #expect(!Money.limit.multipliedReportingOverflow(by: 6).overflow)
    #expect(Money(ore: Money.limit.ore - 1).isWithinLimit && !Money.limit.isWithinLimit && !(-Money.limit).isWithinLimit)
  }

  func published(v: Double? = 12, t: Double? = 12, k: Double? = 5800, r: Double? = nil) -> PublishedKeyFigures {
    PublishedKeyFigures(verkningsgrad: v, paybackMonths: t, costPerVerkningsgrad: k, returnPerKrona: r)
  }

  /// The violations' places, spelled as the input format's JSON paths for readability (the
  /// Documents module's own rendering is tested in InputLocationTests).
  func paths(_ violations: [InputViolation]) -> [String] {
    violations.map { v in
      switch v.location {
      case .participants: "$.participants"
      case .participantRecord(let i): "$.participants[\(i)]"
      case .cost(.byType): "$.cost.byType"
      case .summary(.potential): "$.potential"
      case .summary(.revenue): "$.revenue"
      case .summary(.cost): "$.cost"
      case .summary(.published): "$.published"
      case .summary(.publishedFigure(let figure)): "$.published.\(figure.rawValue)"
      default: "\(v.location)"
      }
    }
  }

  /// Each crash class of the battery, in the published form: refused naming the figure; the
  /// derived init, which once trapped, returns nil.
  @Test(arguments: [
    (12.0, 12.0, 1e16, "$.published.costPerVerkningsgrad"),  // out of range itself
    (12.0, 12.0, 9e14, "$.published.costPerVerkningsgrad"),  // in range, but C = k × v beyond the limit
    (1e16, 12.0, 5800.0, "$.published.verkningsgrad"),
    (12.0, Double.leastNonzeroMagnitude, 5800.0, "$.published.paybackMonths"),
    (12.0, 1e-9, 5800.0, "$.published.paybackMonths"),  // P = 1200 × k / t beyond the limit
    (12.0, 1e-6, 5.8e7, "$.published.paybackMonths"),  // R = 12 × C / t beyond the limit
    (12.0, 1201.0, 5800.0, "$.published.paybackMonths"),
    (100.5, 12.0, 5800.0, "$.published.verkningsgrad"),
  ])
  func publishedFormOutOfBounds(_ v: Double, _ t: Double, _ k: Double, _ path: String) {
    let figures = published(v: v, t: t, k: k)
    #expect(paths(SummaryRules.violations(participants: nil, potential: nil, revenue: nil, cost: nil, published: figures)) == [path])
    #expect(SummaryInput(name: "n", association: "a", participants: nil, published: figures) == nil)
  }

  /// Amounts within the limit per participant can still exceed it times n.
  @Test func participantsMultiplyTheDerivedAmounts() {
    let figures = published(v: 12, t: 12, k: 58_000_000)
    #expect(SummaryRules.violations(participants: 1, potential: nil, revenue: nil, cost: nil, published: figures).isEmpty)
    #expect(
      paths(SummaryRules.violations(participants: 10_000_000, potential: nil, revenue: nil, cost: nil, published: figures)) == [
        "$.published.costPerVerkningsgrad"
      ])
    #expect(SummaryInput(name: "n", association: "a", participants: 10_000_000, published: figures) == nil)
  }

  /// A verkningsgrad near the smallest double rounds the cost to 0 öre: nothing to overflow, and no NaN.
  @Test func aVanishingVerkningsgradGivesZeroAmounts() throws {
    let figures = published(v: .leastNonzeroMagnitude, t: .leastNonzeroMagnitude, k: 1e14)
    #expect(SummaryRules.violations(participants: nil, potential: nil, revenue: nil, cost: nil, published: figures).isEmpty)
    let summary = try #require(SummaryInput(name: "n", association: "a", participants: nil, published: figures))
    #expect(summary.cost == .zero && summary.revenue == .zero && summary.potential == .zero)
  }

  @Test func theBoundsThemselvesAreAccepted() throws {
    let figures = published(v: 100, t: 1200, k: 5800, r: 1_000_000)
    #expect(SummaryRules.violations(participants: 10_000_000, potential: nil, revenue: nil, cost: nil, published: figures).isEmpty)
    let summary = try #require(SummaryInput(name: "n", association: "a", participants: 10_000_000, published: figures))
    let k = summary.keyFigures(options: ForecastOptions())
    #expect(abs((k.paybackMonths ?? 0) - 1200) < 1e-6)
  }

  @Test(arguments: [0.0, -1, 100.5, .nan])
  func verkningsgradOutOfRange(_ v: Double) {
    #expect(paths(SummaryInput.rules(published(v: v))) == ["$.published.verkningsgrad"])
  }

  @Test(arguments: [0.0, -1, 1e6 + 1])
  func returnPerKronaOutOfRange(_ r: Double) {
    #expect(paths(SummaryInput.rules(published(r: r))) == ["$.published.returnPerKrona"])
  }

  /// Aggregates: a tiny published verkningsgrad once made the derived potential trap.
  @Test func tinyVerkningsgradWithAggregatesIsRefused() {
    let figures = PublishedKeyFigures(verkningsgrad: 1e-9)
    let revenue = Money.kronor(3_600_000)
    #expect(
      paths(SummaryRules.violations(participants: 19, potential: nil, revenue: revenue, cost: .kronor(2_200_000), published: figures))
        == ["$.published.verkningsgrad"])
    // The init stays total: the potential is left undefined rather than trapping.
    let summary = SummaryInput(
      name: "n", association: "a", participants: 19, potential: nil, revenue: revenue, cost: .kronor(2_200_000), published: figures)
    #expect(summary.potential == nil)
    // A given potential makes the published verkningsgrad an echo only.
    #expect(SummaryRules.violations(participants: 19, potential: .kronor(1), revenue: revenue, cost: .kronor(1), published: figures).isEmpty)
  }

  @Test func aggregateAmountsAndCountsAreBounded() {
    let big = Money.limit
    #expect(
      paths(SummaryRules.violations(participants: 1, potential: big, revenue: big, cost: big, published: nil)) == [
        "$.potential", "$.revenue", "$.cost",
      ])
    #expect(paths(SummaryRules.violations(participants: 0, potential: nil, revenue: .zero, cost: .zero, published: nil)) == ["$.participants"])
    #expect(
      paths(SummaryRules.violations(participants: 10_000_001, potential: nil, revenue: .zero, cost: .zero, published: nil)) == ["$.participants"])
    #expect(
      paths(SummaryRules.violations(participants: 1, potential: .kronor(-1), revenue: .zero, cost: .kronor(-1), published: nil)) == [
        "$.potential", "$.cost",
      ])
  }

  // Full evaluations.

  let model = Fixture.model()

  func input(count: Int, before: Period, after: Period = Fixture.noSupport, cost: InterventionCost = InterventionCost(total: .kronor(1)))
    -> EvaluationInput
  {
    EvaluationInput(name: "x", association: "y", cost: cost, participants: [Participant(id: "p1", count: count, before: before, after: after)])
  }

  /// Each care entry is in range, but a hundred of them for ten million people would overflow the totals.
  @Test func manyCareEntriesTimesAHugeCountAreRefused() {
    let care = Array(repeating: CareUse(type: "psyk", count: 10_000), count: 100)
    let hostile = input(count: 10_000_000, before: Period(spells: Fixture.noSupport.spells, care: care))
    #expect(paths(InputRules.violations(in: hostile, model: model)) == ["$.participants[0]"])
    #expect(throws: EvaluationError.self) { try model.evaluate(hostile) }
  }

  /// Top-up spells do not take time, so their number is not bounded by the 12 months; their amounts are.
  @Test func manyTopUpSpellsTimesAHugeCountAreRefused() {
    let spells = Array(repeating: Spell(state: "fs", months: 12, monthlyAmount: .kronor(200_000)), count: 50)
    let hostile = input(count: 10_000_000, before: Period(spells: spells))
    #expect(paths(InputRules.violations(in: hostile, model: model)) == ["$.participants[0]"])
  }

  @Test func costTypesSummingBeyondSixtyFourBitsAreReportedNotTrapped() {
    var byType: [String: Money] = [:]
    for i in 0..<100 { byType["t\(i)"] = Money(ore: Money.limit.ore - 1) }
    let cost = InterventionCost(total: .kronor(1), byType: byType)
    #expect(paths(InputRules.violations(in: input(count: 1, before: Fixture.noSupport, cost: cost), model: model)) == ["$.cost.byType"])
  }

  /// The bound is an upper bound: for random valid inputs every total the engine computes is within it.
  @Test(arguments: 0..<20)
  func theBoundHoldsForRandomInputs(_ seed: Int) throws {
    let input = Fixture.randomInput(seed: UInt64(seed))
    let result = try model.evaluate(input)
    var resolved = ResolvedRecords(capacity: 0)
    #expect(InputRules.check(input, model: model, into: &resolved).isEmpty)
    let reference = AmountBounds.periodBound(
      CollectionOfOne(ResolvedSpell(state: model.referenceState, months: 12, extent: 1, monthlyAmount: nil, subsidyShare: nil)), EmptyCollection(),
      model: model)
    var bound = 0.0
    for (i, p) in input.participants.enumerated() {
      let periods = resolved.periods(i)
      bound +=
        Double(p.count)
        * (reference + AmountBounds.periodBound(periods.before.0, periods.before.1, model: model)
          + AmountBounds.periodBound(periods.after.0, periods.after.1, model: model))
    }
    func amounts(_ account: PeriodAccount) -> [Money] {
      [account.production, account.resourceUse, account.publicPayments] + Actor.allCases.map { account.actors[$0] }
    }
    // Each person's period on its own: the tight part of the bound.
    for (i, p) in result.participants.enumerated() {
      let periods = resolved.periods(i)
      let before = AmountBounds.periodBound(periods.before.0, periods.before.1, model: model)
      let after = AmountBounds.periodBound(periods.after.0, periods.after.1, model: model)
      for amount in amounts(p.before) { #expect(abs(amount.kronorValue) <= before + 0.01 * 20) }
      for amount in amounts(p.after) { #expect(abs(amount.kronorValue) <= after + 0.01 * 20) }
    }
    for figures in result.perspectives.map(\.total) {
      for amount in [figures.potentialBefore, figures.potentialAfter, figures.revenue] {
        #expect(abs(amount.kronorValue) <= bound)
      }
    }
    for account in [result.totalBefore, result.totalAfter] {
      for amount in amounts(account) {
        #expect(abs(amount.kronorValue) <= bound)
      }
    }
  }
}

extension SummaryInput {
  /// The published figures' own ranges, as the aggregate form checks them.
  static func rules(_ published: PublishedKeyFigures) -> [InputViolation] {
    SummaryRules.violations(participants: 1, potential: .kronor(1), revenue: .kronor(1), cost: .kronor(1), published: published)
  }
}
