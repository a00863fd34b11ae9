import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaTestSupport
import Testing

/// The CSV import of the alternative baselines: a `grupp` column (deltagare / jämförelse) and the
/// period `kontrafaktisk` (Docs/input-format.md, "Comparison group and counterfactual in a spreadsheet").
@Suite struct ParticipantCSVBaselineTests {
  let model: ModelDocument

  init() throws {
    let path = PackageRoot.url.appendingPathComponent("Models/se-2025.json").path
    model = try ModelDocument.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
  }

  /// The evaluation input a CSV text imports to, through the input format's own decoder.
  func input(_ text: String) throws -> EvaluationInput {
    let imported = try ParticipantCSV.load(Array(text.utf8), file: "p.csv", model: model)
    var root: [String: JSONOutput] = [
      "formatVersion": .integer(1), "name": .string("x"), "association": .string("y"), "cost": .object(["total": .integer(0)]),
      "participants": .array(imported.participants),
    ]
    if !imported.comparison.isEmpty { root["comparison"] = .object(["participants": .array(imported.comparison)]) }
    guard case .evaluation(let input, _) = try InputDocument.decode(Array(JSONOutput.object(root).rendered().utf8), file: "p.json").document else {
      throw CSVTestError()
    }
    return input
  }

  struct CSVTestError: Error {}

  func errors(_ text: String) -> [String] {
    do {
      _ = try ParticipantCSV.read(Array(text.utf8), file: "p.csv", model: model)
      return []
    } catch {
      return error.errors.map(\.description)
    }
  }

  @Test func aComparisonGroupImportsByItsGroupColumn() throws {
    let input = try input(
      """
      deltagare;grupp;antal;period;försörjning;månader;belopp
      D1;deltagare;2;före;Försörjningsstöd;12;9000
      D1;;;före;Ingen offentlig försörjning;12;
      D1;;;efter;Arbete utan subvention;11,5;25000
      J1;Jämförelse;5;före;Försörjningsstöd;12;9000
      J1;jämförelse;;före;Ingen offentlig försörjning;12;
      J1;JAMFORELSE;;efter;Försörjningsstöd;12;9000
      J1;comparison;;efter;Ingen offentlig försörjning;12;
      D1;deltagare;;efter;Ingen offentlig försörjning;0,5;
      """)
    #expect(input.participants.map(\.id) == ["D1"])
    #expect(input.participants[0].after.spells.map(\.state) == ["arbete", "ingen_offentlig_forsorjning"])
    let group = try #require(input.comparison)
    #expect(group.participants.map(\.id) == ["J1"])
    #expect(group.participants[0].count == 5)
    #expect(group.participants[0].after.spells.map(\.state) == ["forsorjningsstod", "ingen_offentlig_forsorjning"])
    let result = try PreparedModel(model.parameters).evaluate(input)
    #expect(result.baseline.kind == .comparisonGroup)
    #expect(result.baseline.comparison?.participantCount == 5)
  }

  @Test func aCounterfactualPeriodImportsAsItsOwnPeriod() throws {
    let input = try input(
      """
      deltagare;period;försörjning;månader;omfattning;vård;vårdkontakter
      S1;före;Sjukersättning;12;;;
      S1;efter;Sjukersättning;12;50;;
      S1;efter;Arbete utan subvention;12;50;;
      S1;kontrafaktisk;Sjukersättning;12;;Besök i psykiatrisk öppenvård;6
      S2;before;Sjukersättning;12;;;
      S2;after;Sjukersättning;12;;;
      """)
    #expect(input.participants[0].counterfactual?.spells.map(\.state) == ["sjukersattning"])
    #expect(input.participants[0].counterfactual?.care.map(\.count) == [6])
    #expect(input.participants[1].counterfactual == nil)
    let result = try PreparedModel(model.parameters).evaluate(input)
    #expect(result.baseline.kind == .mixed)
    #expect(result.classification.method == .alternative)
  }

  @Test func badGroupsAndMisplacedCounterfactualsAreReportedAtTheirRows() {
    #expect(
      errors(
        """
        deltagare;grupp;period;försörjning;månader
        D1;deltagare;före;Arbete utan subvention;12
        D1;kontroll?;efter;Arbete utan subvention;12
        """) == [
          "p.csv:3: column 'grupp': 'kontroll?' is not a group; expected deltagare or jämförelse (participants or comparison)"
        ])
    #expect(
      errors(
        """
        deltagare;grupp;period;försörjning;månader
        D1;deltagare;före;Arbete utan subvention;12
        D1;deltagare;efter;Arbete utan subvention;12
        D1;deltagare;kontrafaktisk;Arbete utan subvention;12
        J1;jämförelse;före;Arbete utan subvention;12
        J1;jämförelse;efter;Arbete utan subvention;12
        J1;jämförelse;kontrafaktisk;Arbete utan subvention;12
        """) == [
          "p.csv:4: column 'period': participant 'D1', period 'kontrafaktisk': a counterfactual period cannot be combined with a comparison group; give either the comparison group or the participants' counterfactual periods",
          "p.csv:7: column 'period': comparison group, participant 'J1', period 'kontrafaktisk': a comparison group's records have no counterfactual period: the group itself is the counterfactual",
        ])
  }
}
