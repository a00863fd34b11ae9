import Foundation
import SamnyttaEngine
import Testing

@Suite("Input rules")
struct InputRuleTests {
  let model = Fixture.model()
  /// A valid period for tests about other rules.
  let none = Fixture.noSupport.spells

  func violations(_ spells: [Spell], id: String = "p1", count: Int = 1) -> [InputViolation] {
    let input = EvaluationInput(
      name: "x", association: "y", cost: InterventionCost(total: .kronor(1)),
      participants: [Participant(id: id, count: count, before: Period(spells: spells), after: Fixture.noSupport)])
    return InputRules.violations(in: input, model: model)
  }

  @Test func unknownStateListsValidOnes() {
    let v = violations([Spell(state: "nope", months: 1)])
    #expect(
      v == [
        InputViolation(
          .unknownState("nope", model: "fixture", valid: ["fs", "sjuk", "akassa", "program", "arbete", "lonebidrag", "ingen"]),
          at: .spell(participant: 0, period: .before, index: 0, field: .state))
      ])
    #expect(v.first?.message == "unknown state 'nope'; valid states under model fixture: fs, sjuk, akassa, program, arbete, lonebidrag, ingen")
  }

  @Test(arguments: [0.0, -1, 12.5, .nan, .infinity])
  func monthsOutOfRange(months: Double) {
    let v = violations([Spell(state: "sjuk", months: months)])
    #expect(v.map(\.location) == [.spell(participant: 0, period: .before, index: 0, field: .months)])
    #expect(v.first?.message.hasPrefix("must be more than 0 and at most 12, got ") == true)
  }

  @Test(arguments: [0.0, 1.5, -0.5, .nan])
  func extentOutOfRange(extent: Double) {
    let v = violations([Spell(state: "sjuk", months: 3, extent: extent)])
    #expect(v.map(\.location) == [.spell(participant: 0, period: .before, index: 0, field: .extent)])
    #expect(v.first?.message.hasPrefix("must be more than 0 and at most 1, got ") == true)
  }

  @Test func moreThanTwelveFullTimeMonths() {
    let v = violations([Spell(state: "sjuk", months: 8), Spell(state: "arbete", months: 8, extent: 0.75)])
    #expect(v == [InputViolation(.periodOverfull(fullTimeMonths: 14), at: .spells(participant: 0, period: .before))])
    #expect(v.first?.message == "holds 14 full-time months; a period holds at most 12")
    // A top-up benefit does not take time.
    #expect(violations([Spell(state: "sjuk", months: 12), Spell(state: "fs", months: 12)]).isEmpty)
  }

  @Test("A period without spells is refused, naming the model's state for no public support")
  func emptyPeriodRefused() {
    let v = violations([])
    #expect(v == [InputViolation(.periodWithoutSpells(noSupportState: "ingen"), at: .spells(participant: 0, period: .before))])
    #expect(v.first?.message == "has no spells; a period without public support is stated with the state 'ingen'")
    // Care alone does not make a period: its support must still be stated.
    let careOnly = EvaluationInput(
      name: "x", association: "y", cost: InterventionCost(total: .kronor(1)),
      participants: [
        Participant(id: "p1", before: Fixture.noSupport, after: Fixture.noSupport),
        Participant(id: "p2", before: Fixture.noSupport, after: Period(care: [CareUse(type: "lakare", count: 2)])),
      ])
    #expect(
      InputRules.violations(in: careOnly, model: model) == [
        InputViolation(.periodWithoutSpells(noSupportState: "ingen"), at: .spells(participant: 1, period: .after))
      ])
    #expect(throws: EvaluationError.self) { try model.evaluate(careOnly) }
    // A top-up benefit alone is a spell: the period is stated, not empty.
    #expect(violations([Spell(state: "fs", months: 12)]).isEmpty)
    // A model without a state free of public flows still refuses, with a general message.
    var parameters = Fixture.parameters()
    parameters.states.removeAll { $0.code == "ingen" }
    let bare = PreparedModel(parameters)
    #expect(bare.noPublicSupportState == nil)
    let input = EvaluationInput(
      name: "x", association: "y", cost: InterventionCost(total: .kronor(1)),
      participants: [Participant(id: "p1", before: Period(spells: [Spell(state: "sjuk", months: 12)]), after: Period())])
    #expect(
      InputRules.violations(in: input, model: bare).map(\.message) == [
        "has no spells; every period states the participant's support with at least one spell"
      ])
  }

  @Test func absurdAmount() {
    let at = InputLocation.spell(participant: 0, period: .before, index: 0, field: .monthlyAmount)
    #expect(
      violations([Spell(state: "arbete", months: 1, monthlyAmount: .kronor(5_000_000))])
        == [InputViolation(.monthlyAmountOutOfRange(.kronor(5_000_000), maximum: .kronor(200_000)), at: at)])
    #expect(violations([Spell(state: "arbete", months: 1, monthlyAmount: .kronor(-5))]).map(\.location) == [at])
    #expect(
      violations([Spell(state: "ingen", months: 1, monthlyAmount: .kronor(5))]) == [
        InputViolation(.amountWithoutSalaryOrBenefit(state: "ingen"), at: at)
      ])
  }

  @Test(arguments: ["199001011234", "900101-1234", "9001011234", "19900161-1234", "900101+1234"])
  func personalIdentityNumbersRefused(id: String) {
    #expect(violations(none, id: id) == [InputViolation(.personalIdentityNumber, at: .participant(index: 0, field: .id))])
    #expect(violations(none, id: id).first?.message.contains("personal identity number") == true)
  }

  @Test(arguments: ["p1", "deltagare-12", "1234", "2015-01", "AB-123456", "991399-1234"])
  func pseudonymsAccepted(id: String) {
    #expect(violations(none, id: id).isEmpty)
  }

  @Test func countMustBePositive() {
    #expect(violations(none, count: 0) == [InputViolation(.countOutOfRange(0), at: .participant(index: 0, field: .count))])
    #expect(violations(none, count: 0).first?.message == "must be a whole number from 1 to 10000000, got 0")
    #expect(violations(none, count: Int.max).count == 1)
  }

  /// One input breaking every rule once, to pin each rule to its typed place and the order they are reported in.
  @Test func everyRuleHasItsTypedLocation() {
    let input = EvaluationInput(
      name: " ", association: "",
      cost: InterventionCost(
        total: .kronor(-1), byType: ["staff": .kronor(-2), "rent": .kronor(5)], financing: [.municipality: 1.5, .region: 0.25]),
      participants: [
        Participant(
          id: "", count: 0,
          before: Period(
            spells: [
              Spell(state: "nope", months: 1),
              Spell(state: "arbete", months: 13, extent: 2, monthlyAmount: .kronor(300_000), subsidyShare: 0.5),
              Spell(state: "lonebidrag", months: 1, subsidyShare: 2),
              Spell(state: "ingen", months: 1, monthlyAmount: .kronor(1)),
            ],
            care: [CareUse(type: "tandlakare", count: 1), CareUse(type: "lakare", count: 20_000)]),
          after: Period(spells: [Spell(state: "sjuk", months: 12), Spell(state: "arbete", months: 6)])),
        Participant(id: "a", count: 9_000_000, before: Fixture.noSupport, after: Period()),
        Participant(id: "a", count: 2_000_000, before: Fixture.noSupport, after: Fixture.noSupport),
        Participant(id: "19900101-1234", before: Fixture.noSupport, after: Fixture.noSupport),
      ])
    let careTypes = ["lakare", "psyk"]
    let expected: [InputViolation] = [
      InputViolation(.emptyText, at: .name),
      InputViolation(.emptyText, at: .association),
      InputViolation(.negativeAmount, at: .cost(.total)),
      InputViolation(.negativeAmount, at: .cost(.byTypeAmount("staff"))),
      InputViolation(.costByTypeSum(sum: .kronor(3), total: .kronor(-1)), at: .cost(.byType)),
      InputViolation(.financingShareOutOfRange(1.5), at: .cost(.financingShare(.municipality))),
      InputViolation(.financingSum(1.75), at: .cost(.financing)),
      InputViolation(.emptyText, at: .participant(index: 0, field: .id)),
      InputViolation(.countOutOfRange(0), at: .participant(index: 0, field: .count)),
      InputViolation(
        .unknownState("nope", model: "fixture", valid: model.parameters.states.map(\.code)),
        at: .spell(participant: 0, period: .before, index: 0, field: .state)),
      InputViolation(.monthsOutOfRange(13), at: .spell(participant: 0, period: .before, index: 1, field: .months)),
      InputViolation(.extentOutOfRange(2), at: .spell(participant: 0, period: .before, index: 1, field: .extent)),
      InputViolation(
        .monthlyAmountOutOfRange(.kronor(300_000), maximum: .kronor(200_000)),
        at: .spell(participant: 0, period: .before, index: 1, field: .monthlyAmount)),
      InputViolation(.subsidyWithoutWageSubsidy(state: "arbete"), at: .spell(participant: 0, period: .before, index: 1, field: .subsidyShare)),
      InputViolation(.subsidyShareOutOfRange(2), at: .spell(participant: 0, period: .before, index: 2, field: .subsidyShare)),
      InputViolation(.amountWithoutSalaryOrBenefit(state: "ingen"), at: .spell(participant: 0, period: .before, index: 3, field: .monthlyAmount)),
      InputViolation(
        .unknownCareType("tandlakare", model: "fixture", valid: careTypes), at: .care(participant: 0, period: .before, index: 0, field: .type)),
      InputViolation(.contactsOutOfRange(20_000), at: .care(participant: 0, period: .before, index: 1, field: .count)),
      InputViolation(.periodOverfull(fullTimeMonths: 18), at: .spells(participant: 0, period: .after)),
      InputViolation(.periodWithoutSpells(noSupportState: "ingen"), at: .spells(participant: 1, period: .after)),
      InputViolation(.duplicateId("a"), at: .participant(index: 2, field: .id)),
      InputViolation(.personalIdentityNumber, at: .participant(index: 3, field: .id)),
      InputViolation(.tooManyPeople(11_000_001), at: .participants),
    ]
    let found = InputRules.violations(in: input, model: model)
    #expect(found == expected)
    #expect(found.map(\.message) == expected.map(\.rule.message))
    #expect(
      InputRules.violations(in: EvaluationInput(name: "x", association: "y", cost: InterventionCost(total: .zero), participants: []), model: model)
        == [InputViolation(.noParticipants, at: .participants)])
  }

  @Test func messagesQuoteTheValues() {
    #expect(BrokenRule.costByTypeSum(sum: Money(ore: 9_000_050), total: .kronor(1)).message == "sums to 90000.5 kr but total is 1 kr")
    #expect(BrokenRule.financingSum(0.3).message == "shares must sum to 1, got 0.3")
    #expect(BrokenRule.contactsOutOfRange(-1).message == "must be between 0 and 10000 contacts, got -1")
    #expect(BrokenRule.tooManyPeople(11_000_001).message == "stand for 11000001 people; an evaluation may stand for at most 10000000")
    #expect(BrokenRule.duplicateId("a").message == "duplicate id 'a'; ids must be unique within an evaluation")
  }

  /// The engine names places as values; writing them as a file's text (a JSON path) is the documents layer's job.
  @Test func engineSourcesHoldNoJSONPath() throws {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/SamnyttaEngine")
    let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
    #expect(files.contains("InputRules.swift"))
    for file in files {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      #expect(!text.contains("\"$."), "\(file) builds a JSON path string")
      #expect(!text.contains("\"$\""), "\(file) builds a JSON path string")
    }
  }
}
