import SamnyttaEngine
import Testing

@Suite("Input rules")
struct InputRuleTests {
  let model = Fixture.model()

  func violations(_ spells: [Spell], id: String = "p1", count: Int = 1) -> [String] {
    let input = EvaluationInput(
      name: "x", association: "y", cost: InterventionCost(total: .kronor(1)),
      participants: [Participant(id: id, count: count, before: Period(spells: spells), after: Period())])
    return InputRules.violations(in: input, model: model).map(\.description)
  }

  @Test func unknownStateListsValidOnes() {
    let v = violations([Spell(state: "nope", months: 1)])
    #expect(v == ["$.participants[0].before.spells[0].state: unknown state 'nope'; valid states under model fixture: fs, sjuk, akassa, program, arbete, lonebidrag, ingen"])
  }

  @Test(arguments: [0.0, -1, 12.5, .nan, .infinity])
  func monthsOutOfRange(months: Double) {
    #expect(violations([Spell(state: "sjuk", months: months)]).first?.hasPrefix("$.participants[0].before.spells[0].months: must be more than 0 and at most 12") == true)
  }

  @Test(arguments: [0.0, 1.5, -0.5, .nan])
  func extentOutOfRange(extent: Double) {
    #expect(violations([Spell(state: "sjuk", months: 3, extent: extent)]).first?.contains("extent: must be more than 0 and at most 1") == true)
  }

  @Test func moreThanTwelveFullTimeMonths() {
    let v = violations([Spell(state: "sjuk", months: 8), Spell(state: "arbete", months: 8, extent: 0.75)])
    #expect(v == ["$.participants[0].before.spells: holds 14 full-time months; a period holds at most 12"])
    // A top-up benefit does not take time.
    #expect(violations([Spell(state: "sjuk", months: 12), Spell(state: "fs", months: 12)]).isEmpty)
  }

  @Test func absurdAmount() {
    #expect(violations([Spell(state: "arbete", months: 1, monthlyAmount: .kronor(5_000_000))]).count == 1)
    #expect(violations([Spell(state: "arbete", months: 1, monthlyAmount: .kronor(-5))]).count == 1)
    #expect(violations([Spell(state: "ingen", months: 1, monthlyAmount: .kronor(5))]).count == 1)
  }

  @Test(arguments: ["199001011234", "900101-1234", "9001011234", "19900161-1234", "900101+1234"])
  func personalIdentityNumbersRefused(id: String) {
    #expect(violations([], id: id).first?.contains("personal identity number") == true)
  }

  @Test(arguments: ["p1", "deltagare-12", "1234", "2015-01", "AB-123456", "991399-1234"])
  func pseudonymsAccepted(id: String) {
    #expect(violations([], id: id).isEmpty)
  }

  @Test func countMustBePositive() {
    #expect(violations([], count: 0) == ["$.participants[0].count: must be a whole number from 1 to 10000000, got 0"])
    #expect(violations([], count: Int.max).count == 1)
  }
}
