import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaTestSupport
import Testing

/// The text reports print names, associations and ids from input: none may reach the terminal as a
/// raw control character.
@Suite struct TerminalSafetyTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let hostile = "\u{1B}]0;pwned\u{7}Trampolinen\u{202E}2 gets\n"

  static func model() throws -> ModelDocument {
    let path = root.appendingPathComponent("Models/se-2025.json").path
    return try ModelDocument.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
  }

  static let input = EvaluationInput(
    name: hostile, association: "Förbundet\u{9B}2J", period: "2024\u{7F}", cost: InterventionCost(total: .kronor(10_000)),
    participants: [
      Participant(
        id: "p\u{1B}[31m", before: Period(spells: [Spell(state: "forsorjningsstod", months: 12, monthlyAmount: .kronor(8_000))]),
        after: Period(spells: [Spell(state: "arbete", months: 12, monthlyAmount: .kronor(23_000))]))
    ])

  func isSafe(_ text: String) -> Bool {
    // Only our own line breaks; nothing else a terminal could obey.
    !text.unicodeScalars.contains { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)) }
  }

  @Test func theEvaluationTextShowsControlCharactersVisibly() throws {
    let result = try PreparedModel(try Self.model().parameters).evaluate(Self.input)
    for l in [Language.sv, .en] {
      let text = TextReport.evaluation(result, language: l)
      #expect(isSafe(text))
      #expect(text.contains("\\u{1B}]0;pwned\\u{7}Trampolinen\\u{202E}2 gets\\u{A}"))
      #expect(text.contains("Förbundet\\u{9B}2J · 2024\\u{7F}"))
    }
  }

  @Test func theExplanationShowsTheParticipantIdVisibly() throws {
    let model = try Self.model()
    let explanation = try PreparedModel(model.parameters).explain(Self.input, participant: "p\u{1B}[31m")
    let text = ExplainReport.text(explanation, model: model, language: .sv)
    #expect(isSafe(text))
    #expect(text.contains("p\\u{1B}[31m"))
  }

  @Test func theComparisonShowsNamesVisibly() {
    let report = ComparisonReport(
      evaluations: [ComparedEvaluation(id: 1, name: Self.hostile, association: "a\u{1B}c", isSummary: false, participants: 1, perParticipant: [:])],
      modelID: "se-2025", priceYear: 2025)
    let text = report.text(.en)
    #expect(isSafe(text))
    #expect(text.contains("a\\u{1B}c"))
  }

  @Test func aClassLabelFromTheDatabaseIsShownVisibly() {
    #expect(Labels.classGroup("primary/x\u{1B}y", .en) == "labour market primary, x\\u{1B}y (primary/x\\u{1B}y)")
  }
}
