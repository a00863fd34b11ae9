import SamnyttaEngine
import SamnyttaTestSupport
import Testing

/// Properties that must hold for any valid input, checked on seeded random evaluations.
@Suite("Invariants")
struct InvariantTests {
  static let seeds: [UInt64] = [1, 2, 3, 42, 2016, 2025, 99_991]

  @Test("society under the other convention: the same as evaluating under it, differing only by public payments", arguments: seeds)
  func otherConvention(seed: UInt64) throws {
    let options = ForecastOptions(dropOff: 0.2, discountRate: 0.035, externalFactorsShare: 0.2)
    let input = Fixture.randomInput(seed: seed)
    let payoff = try Fixture.model(convention: .payoff).evaluate(input, options: options)
    let welfare = try Fixture.model(convention: .welfare).evaluate(input, options: options)
    #expect(payoff.societyFigures(.payoff) == payoff.figures(.society))
    #expect(payoff.societyFigures(.welfare) == welfare.figures(.society))
    #expect(welfare.societyFigures(.payoff) == payoff.figures(.society))
    // Payoff − welfare revenue = the fall in public payments to individuals.
    let fall = payoff.totalBefore.publicPayments - payoff.totalAfter.publicPayments
    #expect(payoff.figures(.society).revenue - welfare.figures(.society).revenue == fall)
    // Revenue is the potential freed, in both conventions.
    for k in [payoff.figures(.society), welfare.figures(.society)] { #expect(k.revenue == k.potentialBefore - k.potentialAfter) }
  }

  @Test("welfare: society equals the sum of the six actors, per participant and in total", arguments: seeds)
  func welfareSum(seed: UInt64) throws {
    let model = Fixture.model(convention: .welfare)
    let result = try model.evaluate(Fixture.randomInput(seed: seed))
    for p in result.participants {
      #expect(p.before.society(.welfare) == p.before.actors.sum)
      #expect(p.revenue.society(.welfare) == p.revenue.actors.sum)
    }
    let society = result.figures(.society)
    let actors: [Perspective] = [.municipality, .region, .employmentService, .socialInsuranceAgency, .otherState, .individual]
    #expect(society.revenue == actors.reduce(.zero) { $0 + result.figures($1).revenue })
    #expect(society.potentialBefore == actors.reduce(.zero) { $0 + result.figures($1).potentialBefore })
  }

  @Test("subtotals: staten = AF + FK + övrig stat; offentlig sektor = kommun + region + staten", arguments: seeds)
  func subtotals(seed: UInt64) throws {
    let result = try Fixture.model().evaluate(Fixture.randomInput(seed: seed))
    let r = { (p: Perspective) in result.figures(p).revenue }
    #expect(r(.state) == r(.employmentService) + r(.socialInsuranceAgency) + r(.otherState))
    #expect(r(.publicSector) == r(.municipality) + r(.region) + r(.state))
  }

  @Test("swapping before and after negates every revenue", arguments: seeds)
  func swap(seed: UInt64) throws {
    let model = Fixture.model()
    var input = Fixture.randomInput(seed: seed)
    let forward = try model.evaluate(input)
    input.participants = input.participants.map { Participant(id: $0.id, count: $0.count, before: $0.after, after: $0.before) }
    let backward = try model.evaluate(input)
    for perspective in Perspective.allCases {
      #expect(forward.figures(perspective).revenue == -backward.figures(perspective).revenue)
    }
    for (a, b) in zip(forward.participantsByID, backward.participantsByID) { #expect(a.revenue == PeriodAccount() - b.revenue) }
  }

  @Test("record order does not change any result", arguments: seeds)
  func order(seed: UInt64) throws {
    let model = Fixture.model()
    var input = Fixture.randomInput(seed: seed)
    let a = try model.evaluate(input)
    var rng = SplitMix64(state: seed ^ 0xABCDEF)
    input.participants.shuffle(using: &rng)
    for i in input.participants.indices { input.participants[i].before.spells.shuffle(using: &rng) }
    let b = try model.evaluate(input)
    #expect(a.totalBefore == b.totalBefore && a.totalAfter == b.totalAfter)
    for perspective in Perspective.allCases { #expect(a.figures(perspective) == b.figures(perspective)) }
    #expect(a.participantsByID.map(\.id) == b.participantsByID.map(\.id))
    #expect(a.participantsByID.map(\.revenue) == b.participantsByID.map(\.revenue))
  }

  @Test("a typfall with count 3 equals three identical records", arguments: seeds)
  func typfall(seed: UInt64) throws {
    let model = Fixture.model()
    var rng = SplitMix64(state: seed)
    let before = Fixture.randomPeriod(&rng)
    let after = Fixture.randomPeriod(&rng)
    let cost = InterventionCost(total: .kronor(150_000))
    let weighted = EvaluationInput(
      name: "x", association: "y", cost: cost, participants: [Participant(id: "t", count: 3, before: before, after: after)])
    let repeated = EvaluationInput(
      name: "x", association: "y", cost: cost, participants: (1...3).map { Participant(id: "t\($0)", before: before, after: after) })
    let a = try model.evaluate(weighted)
    let b = try model.evaluate(repeated)
    #expect(a.participantCount == 3 && b.participantCount == 3)
    for perspective in Perspective.allCases { #expect(a.figures(perspective) == b.figures(perspective)) }
  }

  @Test("doubling the cost halves the return per krona", arguments: seeds)
  func doubleCost(seed: UInt64) throws {
    let model = Fixture.model()
    var input = Fixture.randomInput(seed: seed)
    let a = try model.evaluate(input).figures(.society)
    input.cost.total = input.cost.total * 2
    let b = try model.evaluate(input).figures(.society)
    if let ra = a.returnPerKrona, let rb = b.returnPerKrona { #expect(abs(ra / 2 - rb) < 1e-12) } else { Issue.record("return per krona undefined") }
  }

  @Test("revenue equals potential before minus potential after, for every perspective", arguments: seeds)
  func potentialFreed(seed: UInt64) throws {
    let result = try Fixture.model().evaluate(Fixture.randomInput(seed: seed))
    for perspective in Perspective.allCases {
      let k = result.figures(perspective)
      #expect(k.revenue == k.potentialBefore - k.potentialAfter)
    }
  }

  @Test("the actors' cost shares add up to the intervention's cost")
  func costShares() throws {
    let result = try Fixture.model().evaluate(Fixture.randomInput(seed: 7))
    #expect(result.figures(.publicSector).cost == result.figures(.society).cost)
    #expect(result.figures(.state).cost == result.figures(.socialInsuranceAgency).cost)
    #expect(result.figures(.individual).cost == .zero)
  }
}
