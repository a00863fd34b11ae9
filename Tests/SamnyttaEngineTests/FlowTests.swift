import SamnyttaEngine
import Testing

/// The flows of single, hand-checkable periods.
@Suite("Flows")
struct FlowTests {
  let model = Fixture.model()

  func account(_ spells: [Spell], care: [CareUse] = []) throws -> PeriodAccount {
    let input = EvaluationInput(
      name: "x", association: "y", cost: InterventionCost(total: .zero),
      participants: [Participant(id: "a", before: Period(spells: spells, care: care), after: Fixture.noSupport)])
    return try model.evaluate(input).participants[0].before
  }

  @Test("försörjningsstöd: benefit and handling from the municipality, no tax")
  func socialAssistance() throws {
    let a = try account([Spell(state: "fs", months: 12)])
    #expect(a.actors.municipality == .kronor(-(96_000 + 24_000)))
    #expect(a.actors.individual == .kronor(96_000) - Money.kronor(96_000).scaled(by: 0.15))
    #expect(a.publicPayments == .kronor(96_000))
    #expect(a.resourceUse == .kronor(24_000))
    #expect(a.production == .zero)
  }

  @Test("work: salary, contributions, taxes, production = labour cost")
  func work() throws {
    let a = try account([Spell(state: "arbete", months: 12, extent: 0.5, monthlyAmount: .kronor(20_000))])
    let salary = Money.kronor(120_000)
    #expect(a.production == .kronor(156_000))
    #expect(a.actors.municipality == .kronor(24_000))
    #expect(a.actors.region == .kronor(12_000))
    // contributions 36 000 + indirect 15 % of (120 000 − 36 000)
    #expect(a.actors.otherState == .kronor(36_000) + Money.kronor(84_000).scaled(by: 0.15))
    #expect(a.actors.individual == salary - .kronor(36_000) - Money.kronor(84_000).scaled(by: 0.15))
  }

  @Test("a 100 % wage subsidy makes work worth nothing to society (payoff)")
  func fullSubsidy() throws {
    let a = try account([Spell(state: "lonebidrag", months: 12, extent: 0.5, subsidyShare: 1)])
    #expect(a.production == .zero)
    #expect(a.society(.payoff) == -a.resourceUse)
    #expect(a.actors.employmentService == -(Money.kronor(120_000).scaled(by: 1.3) + .kronor(3_600)))
  }

  @Test("state income tax only above the threshold")
  func stateTax() throws {
    let a = try account([Spell(state: "arbete", months: 12, monthlyAmount: .kronor(50_000))])
    let contributions = Money.kronor(180_000)  // 30 % of 600 000
    let stateTax = Money.kronor(40_000)  // 20 % of (600 000 − 400 000)
    let indirect = (Money.kronor(600_000) - .kronor(180_000) - stateTax).scaled(by: 0.15)  // on disposable income
    #expect(a.actors.otherState == contributions + stateTax + indirect)
  }

  @Test("care: unit cost × contacts, borne by the region")
  func care() throws {
    let a = try account([Spell(state: "ingen", months: 12)], care: [CareUse(type: "lakare", count: 5), CareUse(type: "psyk", count: 2.5)])
    #expect(a.actors.region == -.kronor(10_000 + 7_500))
    #expect(a.resourceUse == .kronor(17_500))
  }

  @Test("explain records exactly the flows that make the account")
  func explainMatches() throws {
    let input = Fixture.randomInput(seed: 11)
    let result = try model.evaluate(input)
    for participant in input.participants.prefix(10) {
      let e = try model.explain(input, participant: participant.id)
      let account = result.participants.first { $0.id == participant.id }!
      for actor in Actor.allCases {
        #expect(e.before.reduce(.zero) { $0 + $1.effect(on: actor) } == account.before.actors[actor])
        #expect(e.after.reduce(.zero) { $0 + $1.effect(on: actor) } == account.after.actors[actor])
      }
    }
  }
}
