import SamnyttaTestSupport
import Testing

@testable import SamnyttaEngine

/// The alternative baselines (Baseline.swift, Docs/method.md "Baselines"): a comparison group's
/// change taken off the participants' (difference in differences) and a stated counterfactual period.
@Suite("Baselines: comparison group and counterfactual")
struct BaselineTests {
  static let seeds: [UInt64] = [1, 2, 3, 42, 2016, 2025, 99_991]
  static let conventions: [SocietyConvention] = [.payoff, .welfare]

  /// A random evaluation whose comparison group is the participants' own records with every count
  /// multiplied by `factor`: per person it changed exactly as the participants did.
  static func mirrored(seed: UInt64, factor: Int) -> EvaluationInput {
    var input = Fixture.randomInput(seed: seed)
    let group = input.participants.map { p in
      Participant(id: "c-" + p.id, count: p.count * factor, before: p.before, after: p.after)
    }
    input.comparison = ComparisonGroup(participants: group)
    return input
  }

  @Test("a comparison group that changed exactly as the participants did gives revenue 0, per actor and for society", arguments: seeds)
  func comparisonSameChange(seed: UInt64) throws {
    for convention in Self.conventions {
      for factor in [1, 3] {
        let input = Self.mirrored(seed: seed, factor: factor)
        let result = try Fixture.model(convention: convention).evaluate(input)
        let plain = try Fixture.model(convention: convention).evaluate(Fixture.randomInput(seed: seed))
        #expect(result.baseline.kind == .comparisonGroup)
        #expect(result.baseline.comparison?.participantCount == input.participantCount * factor)
        for p in Perspective.allCases {
          #expect(result.figures(p).revenue == .zero, "\(p), \(convention), factor \(factor)")
          // The potential stays measured on the participants' before-period.
          #expect(result.figures(p).potentialBefore == plain.figures(p).potentialBefore)
          #expect(result.figures(p).potentialAfter == plain.figures(p).potentialAfter)
        }
        #expect(result.societyFigures(convention == .payoff ? .welfare : .payoff).revenue == .zero)
      }
    }
  }

  @Test("a counterfactual equal to the after-period gives revenue 0, per actor and for society", arguments: seeds)
  func counterfactualEqualsAfter(seed: UInt64) throws {
    for convention in Self.conventions {
      var input = Fixture.randomInput(seed: seed)
      for i in input.participants.indices { input.participants[i].counterfactual = input.participants[i].after }
      let result = try Fixture.model(convention: convention).evaluate(input)
      let plain = try Fixture.model(convention: convention).evaluate(Fixture.randomInput(seed: seed))
      #expect(result.baseline.kind == .counterfactual)
      #expect(result.baseline.counterfactualRecords == input.participants.count)
      for p in Perspective.allCases {
        #expect(result.figures(p).revenue == .zero, "\(p), \(convention)")
        #expect(result.figures(p).potentialBefore == plain.figures(p).potentialBefore)
      }
      for record in result.participants { #expect(record.revenue == PeriodAccount()) }
    }
  }

  @Test("a counterfactual equal to the before-period changes nothing but the baseline's name and criterion 2")
  func counterfactualEqualsBefore() throws {
    var input = Fixture.randomInput(seed: 7)
    for i in input.participants.indices { input.participants[i].counterfactual = input.participants[i].before }
    let result = try Fixture.model().evaluate(input)
    let plain = try Fixture.model().evaluate(Fixture.randomInput(seed: 7))
    #expect(result.perspectives.map(\.total) == plain.perspectives.map(\.total))
    #expect(plain.classification.method == .traditional && plain.baseline.kind == .beforeAfter)
    #expect(result.classification.method == .alternative)
  }

  /// Two participants from försörjningsstöd (8 000 kr, 12 months) to work at 23 000 kr; four in the
  /// comparison group from the same försörjningsstöd to six months of it. Fixture rates: municipal
  /// tax 0.2, employer contributions 0.3, handling of försörjningsstöd 2 000 kr a month (kommun).
  @Test("difference in differences, computed by hand")
  func handComputedDifferenceInDifferences() throws {
    let before = Period(spells: [Spell(state: "fs", months: 12), Spell(state: "ingen", months: 12)])
    let work = Period(spells: [Spell(state: "arbete", months: 12)])
    let halfYear = Period(spells: [Spell(state: "fs", months: 6), Spell(state: "ingen", months: 12)])
    let input = EvaluationInput(
      name: "DiD", association: "Test", cost: InterventionCost(total: .kronor(100_000)),
      participants: [Participant(id: "p", count: 2, before: before, after: work)],
      comparison: ComparisonGroup(participants: [
        Participant(id: "c1", count: 3, before: before, after: halfYear), Participant(id: "c2", before: before, after: halfYear),
      ]))
    let result = try Fixture.model().evaluate(input)
    // Kommun per participant: before −96 000 benefit − 24 000 handling = −120 000; after +55 200 tax
    // (0.2 × 276 000): change 175 200, × 2 = 350 400. Group per person: −120 000 → −60 000, change
    // 60 000; × 4 = 240 000, scaled to the 2 participants 120 000. Revenue 350 400 − 120 000.
    #expect(result.figures(.municipality).revenue == .kronor(230_400))
    // Society (payoff) per participant: −(24 000 + 96 000) → production 276 000 × 1.3 = 358 800,
    // change 478 800, × 2 = 957 600; the group's change (60 000 a person) scaled is 120 000.
    #expect(result.figures(.society).revenue == .kronor(837_600))
    #expect(result.baseline.comparison?.scaledChange.value(.municipality, .payoff) == .kronor(120_000))
    #expect(result.classification.method == .alternative)
    // The potential is the participants' before: 2 × (reference 30 000 × 12 × 1.3 + 120 000).
    #expect(result.figures(.society).potentialBefore == .kronor(2 * (468_000 + 120_000)))
    #expect(result.figures(.society).profitabilityYear1 == .kronor(737_600))
  }

  @Test("swapping before and after in both groups negates every revenue", arguments: seeds)
  func swapNegatesWithComparison(seed: UInt64) throws {
    var input = Fixture.randomInput(seed: seed)
    let other = Fixture.randomInput(seed: seed &+ 1_000, participants: 7)
    input.comparison = ComparisonGroup(participants: other.participants)
    func reversed(_ p: Participant) -> Participant { Participant(id: p.id, count: p.count, before: p.after, after: p.before) }
    var swapped = input
    swapped.participants = input.participants.map(reversed)
    swapped.comparison = ComparisonGroup(participants: other.participants.map(reversed))
    let a = try Fixture.model().evaluate(input)
    let b = try Fixture.model().evaluate(swapped)
    for p in Perspective.allCases { #expect(a.figures(p).revenue == -b.figures(p).revenue, "\(p)") }
  }

  @Test("swapping after and the counterfactual negates every revenue", arguments: seeds)
  func swapNegatesWithCounterfactual(seed: UInt64) throws {
    var input = Fixture.randomInput(seed: seed)
    var rng = SplitMix64(state: seed)
    // Some records with a scenario (mixed), the others measured against their before.
    for i in input.participants.indices where i % 3 != 0 { input.participants[i].counterfactual = Fixture.randomPeriod(&rng) }
    var swapped = input
    swapped.participants = input.participants.map { p in
      guard let counterfactual = p.counterfactual else { return Participant(id: p.id, count: p.count, before: p.after, after: p.before) }
      return Participant(id: p.id, count: p.count, before: p.before, after: counterfactual, counterfactual: p.after)
    }
    let a = try Fixture.model().evaluate(input)
    let b = try Fixture.model().evaluate(swapped)
    #expect(a.baseline.kind == .mixed)
    for p in Perspective.allCases { #expect(a.figures(p).revenue == -b.figures(p).revenue, "\(p)") }
  }

  @Test("explain shows a counterfactual period's flows and measures the record's revenue against it")
  func explainCounterfactual() throws {
    var input = Fixture.randomInput(seed: 11, participants: 3)
    input.participants[1].counterfactual = Period(spells: [Spell(state: "sjuk", months: 12)])
    let model = Fixture.model()
    let explained = try model.explain(input, participant: input.participants[1].id)
    let evaluated = try model.evaluate(input).participants[1]
    #expect(explained.counterfactual?.isEmpty == false)
    #expect(explained.result.counterfactual == evaluated.counterfactual)
    #expect(explained.result.revenue == evaluated.after - evaluated.counterfactual!)
    #expect(try model.explain(input, participant: input.participants[0].id).counterfactual == nil)
  }

  @Test("scaling to the participants is exact and rounds halves away from zero")
  func scaling() {
    var account = PeriodAccount()
    account.production = Money(ore: 5)
    account.resourceUse = Money(ore: -5)
    account.publicPayments = Money(ore: 7)
    account.actors[.region] = Money(ore: Int64.max / 4)
    let half = account.scaled(1, over: 2)
    #expect(half.production == Money(ore: 3))
    #expect(half.resourceUse == Money(ore: -3))
    #expect(half.publicPayments == Money(ore: 4))
    // The full-width product does not overflow where ore × n would.
    // 3 × 2 305 843 009 213 693 951 / 4 = 1 729 382 256 910 270 463.25.
    #expect(account.scaled(3, over: 4).actors[.region] == Money(ore: 1_729_382_256_910_270_463))
    #expect(account.scaled(5, over: 5) == account)
  }

  @Test("the rules of the extra periods, at typed locations")
  func rules() {
    let model = Fixture.model()
    var input = Fixture.randomInput(seed: 3, participants: 2)
    input.participants[1].counterfactual = Period(spells: [Spell(state: "fiskare", months: 12)])
    #expect(
      InputRules.violations(in: input, model: model).map(\.location) == [
        .spell(participant: 1, period: .counterfactual, index: 0, field: .state)
      ])
    input.participants[1].counterfactual = Period()
    #expect(InputRules.violations(in: input, model: model).map(\.location) == [.spells(participant: 1, period: .counterfactual)])

    input.participants[1].counterfactual = Fixture.noSupport
    var group = [Participant(id: "c", before: Fixture.noSupport, after: Period(spells: [Spell(state: "ingen", months: 13)]))]
    group.append(Participant(id: "c", before: Fixture.noSupport, after: Fixture.noSupport, counterfactual: Fixture.noSupport))
    input.comparison = ComparisonGroup(participants: group)
    let violations = InputRules.violations(in: input, model: model)
    #expect(
      violations.map(\.location) == [
        .period(participant: 1, period: .counterfactual),
        .comparison(.spell(participant: 0, period: .after, index: 0, field: .months)),
        .comparison(.participant(index: 1, field: .id)),
        .comparison(.period(participant: 1, period: .counterfactual)),
      ])
    #expect(violations.first?.rule == .counterfactualWithComparisonGroup)
    #expect(violations.last?.rule == .counterfactualInComparisonGroup)

    input.participants[1].counterfactual = nil
    input.comparison = ComparisonGroup(participants: [])
    #expect(InputRules.violations(in: input, model: model) == [InputViolation(.noParticipants, at: .comparison(.participants))])
  }

  @Test("the comparison group's amounts count towards the amount limit")
  func amountLimit() {
    // 10 million participants, and one comparison person with 50 million kr of care in each period:
    // scaled to the participants, the group's change is bounded by 10⁷ × 10⁸ kr, beyond the limit.
    let people = [Participant(id: "p", count: InputRules.maximumCount, before: Fixture.noSupport, after: Fixture.noSupport)]
    let care = Period(spells: Fixture.noSupport.spells, care: [CareUse(type: "lakare", count: 10_000), CareUse(type: "psyk", count: 10_000)])
    var input = EvaluationInput(name: "n", association: "a", cost: InterventionCost(total: .zero), participants: people)
    #expect(InputRules.violations(in: input, model: Fixture.model()).isEmpty)
    input.comparison = ComparisonGroup(participants: [Participant(id: "c", before: care, after: care)])
    let violations = InputRules.violations(in: input, model: Fixture.model())
    #expect(violations.map(\.location) == [.comparison(.participantRecord(index: 0))])
    // With a twentieth of that care the scaled bound (10⁷ × 5 × 10⁶ kr) stays within it.
    let less = Period(spells: Fixture.noSupport.spells, care: [CareUse(type: "lakare", count: 500), CareUse(type: "psyk", count: 500)])
    input.comparison = ComparisonGroup(participants: [Participant(id: "c", before: less, after: less)])
    #expect(InputRules.violations(in: input, model: Fixture.model()).isEmpty)
  }
}
