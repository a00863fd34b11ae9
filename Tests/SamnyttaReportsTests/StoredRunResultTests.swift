import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaStore
import SamnyttaTestSupport
import Testing

/// A run stored compactly (`CompactResult`) shows the JSON the run would have stored.
@Suite("Stored run results")
struct StoredRunResultTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func model(_ id: String) throws -> ModelDocument {
    let path = root.appendingPathComponent("Models/\(id).json").path
    return try ModelDocument.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
  }

  static func input() -> EvaluationInput {
    let states = ["forsorjningsstod", "sjukpenning", "a_kassa", "arbete", "lonestod", "aktivitetsstod"]
    let participants = (0..<40).map { i in
      Participant(
        id: "p\(i)", count: 1 + i % 3, attributes: ["sex": i % 2 == 0 ? "kvinna" : "man"],
        before: Period(spells: [Spell(state: states[i % 3], months: 12)], care: [CareUse(type: "lakarbesok_primarvard", count: Double(i % 5))]),
        after: Period(spells: [
          Spell(state: states[3 + i % 3], months: Double(3 + i % 9), extent: i % 4 == 0 ? 0.5 : 1),
          Spell(state: "ingen_offentlig_forsorjning", months: Double(9 - i % 9)),
        ]))
    }
    return EvaluationInput(
      name: "Insats \"ett\"", association: "Förbundet", period: "2025",
      cost: InterventionCost(
        total: .kronor(2_400_000), byType: ["personal": .kronor(2_000_000), "lokal": .kronor(400_000)],
        financing: [.municipality: 0.25, .region: 0.25, .socialInsuranceAgency: 0.5]),
      participants: participants)
  }

  @Test("the compact form, rebuilt and rendered, is byte for byte the JSON a run stored before", arguments: ["se-2025", "se-2016"])
  func compactRendersTheStoredJSON(model id: String) throws {
    let model = try Self.model(id)
    let options = ForecastOptions(dropOff: 0.1, discountRate: 0.03, externalFactorsShare: 0.25)
    let result = try PreparedModel(model.parameters).evaluate(Self.input(), options: options)
    let expected = ResultJSON.evaluation(result, toolVersion: "9.9.9", includeParticipants: false).rendered()
    let compact = CompactResult.encode(result.parts)
    let run = StoredRun(
      id: 1, documentID: 1, modelID: model.parameters.id, priceYear: model.parameters.priceYear, convention: "payoff", engineVersion: "9.9.9",
      runAt: "", resultJSON: "", resultCompact: Data(compact),
      figures: RunFigures(
        potentialBefore: 0, revenue: 0, cost: 0, paybackMonths: nil, verkningsgrad: nil, costPerVerkningsgrad: nil, returnPerKrona: nil,
        participants: 0))
    #expect(StoredRunResult.json(run) == expected)
    #expect(compact.count < expected.utf8.count / 10)
  }

  @Test("a damaged compact result is refused, not trapped on")
  func damaged() throws {
    let model = try Self.model("se-2025")
    let compact = CompactResult.encode(try PreparedModel(model.parameters).evaluate(Self.input()).parts)
    for cut in [0, 3, 4, 10, compact.count - 1] {
      #expect(throws: CompactInput.DecodingError.self) { try CompactResult.decode(Array(compact[0..<cut])) }
    }
    #expect(throws: CompactInput.DecodingError.self) { try CompactResult.decode(compact + [0]) }
  }
}
