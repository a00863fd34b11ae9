import SamnyttaTestSupport
import Testing

@testable import SamnyttaEngine

/// The analysis re-weights each record's accounts instead of re-evaluating every draw's input: it
/// must give exactly what evaluating each draw's input gives.
@Suite struct UncertaintyReweightingTests {
  /// Records of every fixture state, with typfall counts, care and amounts from the input.
  static func generated(_ n: Int, seed: UInt64) -> EvaluationInput {
    var g = SplitMix64(state: seed)
    let before = ["fs", "sjuk", "akassa", "program"]
    let after = ["arbete", "lonebidrag", "fs", "sjuk", "program"]
    let records = (0..<n).map { i -> Participant in
      let b = before[Int(g.next() % 4)]
      let a = after[Int(g.next() % 5)]
      let months = Double(1 + g.next() % 12)
      var afterSpells = [
        Spell(
          state: a, months: months, extent: a == "lonebidrag" ? 0.5 : 1,
          monthlyAmount: a == "arbete" ? .kronor(Int64(18_000 + g.next() % 9_000)) : nil)
      ]
      if months < 12 { afterSpells.append(Spell(state: "ingen", months: 12 - months)) }
      return Participant(
        id: "r\(i)", count: 1 + Int(g.next() % 3),
        before: Period(spells: [Spell(state: b, months: 12)], care: [CareUse(type: "lakare", count: Double(g.next() % 5))]),
        after: Period(spells: afterSpells))
    }
    return EvaluationInput(name: "t", association: "a", cost: InterventionCost(total: .kronor(Int64(n) * 40_000)), participants: records)
  }

  static func run(_ input: EvaluationInput, reweighting: Bool, draws: Int = 120) throws -> UncertaintyResult {
    try UncertaintyAnalysis.run(
      input, model: Fixture.parameters(), options: ForecastOptions(dropOff: 0.1, discountRate: 0.03, externalFactorsShare: 0.2),
      space: UncertaintyTests.space, settings: UncertaintySettings(draws: draws, seed: 5), reweighting: reweighting)
  }

  @Test(arguments: [1 as UInt64, 2, 3])
  func reweightingEqualsEvaluatingEachDraw(seed: UInt64) throws {
    let input = Self.generated(40, seed: seed)
    #expect(try Self.run(input, reweighting: true) == Self.run(input, reweighting: false))
  }

  /// Each record's re-weighted totals are the evaluation's totals of the input with those counts.
  @Test func totalsAreTheEvaluationsTotals() throws {
    let input = Self.generated(25, seed: 11)
    let model = Fixture.model()
    let accounts = RecordAccounts(PeriodProfiles(try model.validated(input), records: input.participants.count), model: model)
    var g = RandomGenerator(seed: 4)
    for _ in 0..<20 {
      let counts = Bootstrap.resample(counts: input.participants.map(\.count), using: &g)
      let reweighted = UncertaintyAnalysis.reweighted(input.participants, counts)
      let expected = try model.totals(EvaluationInput(name: "t", association: "a", cost: input.cost, participants: reweighted))
      let t = try #require(accounts.totals(counts: counts))
      #expect(t.before == expected.totalBefore && t.after == expected.totalAfter && t.people == expected.participantCount)
    }
  }

  /// The person table and the binary search draw the same records from the same numbers.
  @Test func theResamplersTableEqualsTheSearch() {
    let counts = [3, 1, 0, 7, 1, 1, 12, 0, 2]
    let table = Bootstrap.Resampler(counts: counts)
    let search = Bootstrap.Resampler(counts: counts, tableLimit: 0)
    var a = RandomGenerator(seed: 8)
    var b = RandomGenerator(seed: 8)
    for _ in 0..<200 {
      let drawn = table.resample(using: &a)
      #expect(drawn == search.resample(using: &b))
      #expect(drawn.reduce(0, +) == 27 && drawn[2] == 0 && drawn[7] == 0)
    }
  }

  /// Periods with the same spells and care are one profile; any difference in a spell makes another.
  @Test func equalPeriodsShareOneProfile() throws {
    let input = EvaluationInput(
      name: "t", association: "a", cost: InterventionCost(total: .kronor(1)),
      participants: [
        Participant(id: "a", before: Fixture.noSupport, after: Period(spells: [Spell(state: "arbete", months: 12)])),
        Participant(id: "b", count: 3, before: Fixture.noSupport, after: Period(spells: [Spell(state: "arbete", months: 12)])),
        Participant(id: "c", before: Fixture.noSupport, after: Period(spells: [Spell(state: "arbete", months: 12, monthlyAmount: .kronor(23_000))])),
        Participant(
          id: "d", before: Fixture.noSupport, after: Period(spells: [Spell(state: "arbete", months: 12)], care: [CareUse(type: "lakare", count: 1)])),
      ])
    let profiles = PeriodProfiles(try Fixture.model().validated(input), records: 4)
    #expect(profiles.count == 4)
    #expect(profiles.records.map(\.before) == [0, 0, 0, 0])
    #expect(profiles.records.map(\.after) == [1, 1, 2, 3])
  }

  /// Counts that could carry the amounts past the limit are left to the general path (which refuses them).
  @Test func countsBeyondTheAmountLimitAreNotReweighted() throws {
    var parameters = Fixture.parameters()
    parameters.maximumMonthlyAmount = Money.limit
    let model = PreparedModel(parameters)
    let amount = Money.kronor(Int64(Money.limit.kronorValue / 72))
    let input = EvaluationInput(
      name: "t", association: "a", cost: InterventionCost(total: .kronor(1)),
      participants: [
        Participant(id: "big", before: Fixture.noSupport, after: Period(spells: [Spell(state: "arbete", months: 12, monthlyAmount: amount)])),
        Participant(id: "small", before: Fixture.noSupport, after: Fixture.noSupport),
      ])
    let accounts = RecordAccounts(PeriodProfiles(try model.validated(input), records: 2), model: model)
    let big = accounts.referenceBound + accounts.bounds[accounts.profiles.records[0].before] + accounts.bounds[accounts.profiles.records[0].after]
    let small = accounts.referenceBound + accounts.bounds[accounts.profiles.records[1].before] + accounts.bounds[accounts.profiles.records[1].after]
    #expect(big > Money.limit.kronorValue / 2 && big + small < Money.limit.kronorValue)
    #expect(accounts.totals(counts: [1, 1]) != nil)
    #expect(accounts.totals(counts: [2, 0]) == nil)
  }
}
