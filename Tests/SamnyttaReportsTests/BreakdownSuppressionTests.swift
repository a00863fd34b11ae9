import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaTestSupport
import Testing

/// The board report's breakdowns hide groups too small to keep a participant anonymous.
@Suite("Breakdown suppression")
struct BreakdownSuppressionTests {
  @Test(arguments: [
    ([20, 22], 5, [GroupSuppression?.none, nil]),
    ([5, 5], 5, [nil, nil]),
    ([20, 3], 5, [.complementary, .small]),
    ([10, 3, 8], 5, [nil, .small, .complementary]),
    ([8, 3, 8], 5, [.complementary, .small, nil]),
    ([3, 2, 10], 5, [.small, .small, nil]),
    ([4], 5, [.small]),
    ([1, 2], 5, [.small, .small]),
    ([1, 2], 1, [nil, nil]),
    ([1, 2], 0, [nil, nil]),
    ([9, 12], 10, [.small, .complementary]),
  ])
  func hiddenGroups(sizes: [Int], minimum: Int, expected: [GroupSuppression?]) {
    #expect(GroupSuppression.hidden(sizes: sizes, minimum: minimum) == expected)
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func model() throws -> ModelDocument {
    let path = root.appendingPathComponent("Models/se-2025.json").path
    return try ModelDocument.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
  }

  /// Seven women in two records and two men in one; education given for all, household for nobody.
  static func result(_ model: ModelDocument) throws -> EvaluationResult {
    func participant(_ id: String, count: Int, sex: String, job: Int64) -> Participant {
      Participant(
        id: id, count: count, attributes: ["sex": sex, "education": "gymnasium"],
        before: Period(spells: [Spell(state: "forsorjningsstod", months: 12, monthlyAmount: .kronor(8_000))]),
        after: Period(spells: [Spell(state: "arbete", months: 12, monthlyAmount: .kronor(job))]))
    }
    let input = EvaluationInput(
      name: "Liten insats", association: "Förbundet", cost: InterventionCost(total: .kronor(100_000)),
      participants: [
        participant("a", count: 4, sex: "kvinna", job: 23_000), participant("b", count: 3, sex: "kvinna", job: 20_000),
        participant("c", count: 2, sex: "man", job: 31_000),
      ])
    return try PreparedModel(model.parameters).evaluate(input)
  }

  func markdown(minimum: Int? = nil, language: Language) throws -> String {
    let model = try Self.model()
    let result = try Self.result(model)
    let report =
      if let minimum {
        BoardReport.evaluation(result, model: model, similar: nil, language: language, minimumGroupSize: minimum)
      } else {
        BoardReport.evaluation(result, model: model, similar: nil, language: language)
      }
    return MarkdownReport.render(report, generator: "test")
  }

  // Markdown writes `<` as `&lt;`, which renders as `<`.
  @Test func aSmallGroupAndItsComplementAreHiddenWithANote() throws {
    let sv = try markdown(language: .sv)
    #expect(sv.contains("| man | &lt;5 | – | – | – | – | – |"), "\(sv)")
    #expect(sv.contains("| kvinna | – | – | – | – | – | – |"))
    #expect(sv.contains("Grupper med färre än 5 deltagare visas som &lt;5 utan belopp (–), så att ingen enskild deltagare kan pekas ut."))
    #expect(sv.contains("Den minsta av de övriga grupperna döljs också (–)"))
    // Education has one group of nine: shown, with no note.
    #expect(sv.contains("| gymnasium | 9 |"))
    #expect(sv.components(separatedBy: "Grupper med färre än").count == 2)

    let en = try markdown(language: .en)
    #expect(en.contains("| man | &lt;5 | – | – | – | – | – |"))
    #expect(
      en.contains("Groups of fewer than 5 participants are shown as &lt;5 without amounts (–), so that no single participant can be singled out."))
    #expect(en.contains("The smallest of the other groups is hidden too (–)"))
  }

  @Test func theMinimumIsAnOption() throws {
    let all = try markdown(minimum: 1, language: .sv)
    #expect(all.contains("| man | 2 |") && all.contains("| kvinna | 7 |"))
    #expect(!all.contains("Grupper med färre än"))
    let strict = try markdown(minimum: 10, language: .en)
    #expect(strict.contains("| gymnasium | &lt;10 | – |"))
    #expect(strict.contains("| man | &lt;10 |") && strict.contains("| kvinna | &lt;10 |"))
    #expect(strict.contains("Groups of fewer than 10 participants are shown as &lt;10"))
    #expect(!strict.contains("The smallest of the other groups"))
  }

  @Test func hiddenGroupsHaveNoBarInTheHTMLChart() throws {
    let model = try Self.model()
    let report = BoardReport.evaluation(try Self.result(model), model: model, similar: nil, language: .sv)
    let breakdowns = try #require(report.sections.first { $0.id == "breakdowns" })
    let charts = breakdowns.blocks.compactMap { block -> BarChart? in
      if case .barChart(let chart) = block { return chart }
      return nil
    }
    // Sex: both groups hidden, no chart; education: one shown group.
    #expect(charts.map(\.categories) == [["gymnasium"]])
    let html = HTMLReport.render(report, generator: "test")
    #expect(html.contains("<td>&lt;5</td>"), "\(html)")
  }
}
