import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaTestSupport
import Testing

/// METHOD.md figures 6–8, from participant records with the model at the seed's price level
/// (se-2016). Tolerances are METHOD.md's; Docs/method.md records the numbers reached.
@Suite("Published figures 6–8 with se-2016")
struct ReproductionTests {
  static let root = PackageRoot.url

  static func model(_ id: String) throws -> PreparedModel {
    let path = root.appendingPathComponent("Models/\(id).json").path
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    return PreparedModel(try ModelDocument.decode(bytes, file: path).parameters)
  }

  func one(_ before: [Spell], _ after: [Spell], care: [CareUse] = []) -> EvaluationInput {
    EvaluationInput(
      name: "case", association: "seed 004", cost: InterventionCost(total: .zero),
      participants: [Participant(id: "a", before: Period(spells: before, care: care), after: Period(spells: after))])
  }

  func within(_ value: Money, _ target: Double, _ tolerance: Double) -> Bool {
    abs(value.kronorValue - target) <= target * tolerance
  }

  @Test("6. försörjningsstöd 8 000/month → job at 23 000/month: society ≈ 510 000, kommun ≈ 180 000, of which tax ≈ 60 000")
  func socialAssistanceToWork() throws {
    let model = try Self.model("se-2016")
    let input = one(
      [Spell(state: "forsorjningsstod", months: 12, monthlyAmount: .kronor(8_000))],
      [Spell(state: "arbete", months: 12, monthlyAmount: .kronor(23_000))])
    let result = try model.evaluate(input)
    let society = result.figures(.society).revenue
    let kommun = result.figures(.municipality).revenue
    #expect(within(society, 510_000, 0.08), "society \(society.kronorValue)")
    #expect(within(kommun, 180_000, 0.08), "kommun \(kommun.kronorValue)")
    let explanation = try model.explain(input, participant: "a")
    let tax = explanation.after.filter { $0.origin == .municipalTax }.reduce(Money.zero) { $0 + $1.amount }
    #expect(within(tax, 60_000, 0.10), "municipal tax \(tax.kronorValue)")
  }

  @Test("7. outside work, valued at the average wage, 5 primary-care visits: potential ≈ 600 000")
  func potential() throws {
    let model = try Self.model("se-2016")
    let input = one(
      [Spell(state: "ingen_offentlig_forsorjning", months: 12)], [Spell(state: "ingen_offentlig_forsorjning", months: 12)],
      care: [CareUse(type: "lakarbesok_primarvard", count: 5)])
    let potential = try model.evaluate(input).figures(.society).potentialBefore
    #expect(within(potential, 600_000, 0.15), "potential \(potential.kronorValue)")
  }

  @Test("8. full-time unsubsidised work vs no work ≈ 550 000; part-time with a 100 % subsidy ≈ 0")
  func workValue() throws {
    let model = try Self.model("se-2016")
    let none = [Spell(state: "ingen_offentlig_forsorjning", months: 12)]
    let average = model.parameters.labour.averageMonthlySalary
    let full = try model.evaluate(one(none, [Spell(state: "arbete", months: 12, monthlyAmount: average)])).figures(.society).revenue
    #expect(within(full, 550_000, 0.15), "full-time work \(full.kronorValue)")
    let subsidised = try model.evaluate(
      one(none, [Spell(state: "lonebidrag", months: 12, extent: 0.5, subsidyShare: 1)])
    ).participants[0].after
    #expect(subsidised.production == .zero)
    #expect(abs(subsidised.society(.payoff).kronorValue) <= 0.05 * full.kronorValue, "subsidised \(subsidised.society(.payoff).kronorValue)")
  }

  @Test("the default model loads and every state and care type has a name", arguments: ["se-2016", "se-2025", "se-2026"])
  func modelsLoad(id: String) throws {
    let path = Self.root.appendingPathComponent("Models/\(id).json").path
    let document = try ModelDocument.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
    #expect(document.parameters.id == id)
    for state in document.parameters.states { #expect(document.names[state.code] != nil) }
    // Every value the engine can point at has a provenance entry.
    let p = document.parameters
    var origins: [FlowOrigin] = [.municipalTax, .regionalTax, .stateTax, .indirectTax]
    for (i, state) in p.states.enumerated() {
      if state.work != nil { origins += [.salary(state: i), .employerContributions(state: i)] }
      if state.work?.subsidy != nil { origins.append(.wageSubsidy(state: i)) }
      if state.benefit != nil { origins.append(.benefit(state: i)) }
      for item in state.resourceUse.indices { origins.append(.stateResource(state: i, item: item)) }
    }
    for t in p.careTypes.indices { origins.append(.care(type: t)) }
    if case .skatteverket = p.taxRules { origins += [.publicServiceFee, .jobTaxCredit, .earnedIncomeReduction] }
    for origin in origins { #expect(document.provenance(of: p.parameterPath(of: origin)) != nil, "\(p.parameterPath(of: origin))") }
  }
}
