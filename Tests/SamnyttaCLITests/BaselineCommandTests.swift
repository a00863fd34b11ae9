import Foundation
import SamnyttaTestSupport
import Testing

/// The alternative baselines end to end: the JSON and text say which baseline was used, a CSV with
/// a comparison group and a counterfactual period imports to a document that evaluates, and the
/// input rules name JSON paths inside the comparison group.
@Suite struct BaselineCommandTests {
  func result(_ arguments: [String]) throws -> [String: Any] {
    let run = try CLI.run(arguments)
    #expect(run.status == 0, "\(run.err)")
    return try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
  }

  func classificationMethod(_ result: [String: Any]) -> String? {
    ((result["intervention"] as? [String: Any])?["classification"] as? [String: Any])?["method"] as? String
  }

  @Test func theJSONStatesTheBaseline() throws {
    let plain = try result(["evaluate", "Docs/examples/forsorjningsstod-8000-till-arbete-23000.json", "--format", "json"])
    #expect(plain["baseline"] as? String == "beforeAfter")
    #expect((plain["accounts"] as? [String: Any])?["baseline"] == nil)
    let group = try result(["evaluate", "Docs/examples/comparison-group.json", "--format", "json"])
    #expect(group["baseline"] as? String == "comparisonGroup")
    #expect(classificationMethod(group) == "alternative")
    let comparison = try #require((group["accounts"] as? [String: Any])?["comparison"] as? [String: Any])
    #expect(comparison["participants"] as? Int == 20 && comparison["records"] as? Int == 2)
    let scenario = try result(["evaluate", "Docs/examples/counterfactual-scenario.json", "--format", "json"])
    #expect(scenario["baseline"] as? String == "counterfactual")

    let text = try CLI.run(["evaluate", "Docs/examples/comparison-group.json", "--lang", "en"])
    #expect(text.out.contains("Method: Comparison group (difference in differences)"), "\(text.out)")
    let swedish = try CLI.run(["evaluate", "Docs/examples/counterfactual-scenario.json"])
    #expect(swedish.out.contains("Metod: Kontrafaktiskt scenario"))
  }

  @Test func theReportsMethodBoxAndSummaryNameTheBaseline() throws {
    let directory = try TemporaryDirectory()
    let out = directory.path("rapport.html")
    let run = try CLI.run(["report", "Docs/examples/comparison-group.json", "--out", out])
    #expect(run.status == 0, "\(run.err)")
    let html = try String(contentsOfFile: out, encoding: .utf8)
    #expect(html.contains("Jämförelsegrupp (skillnad i skillnader)"))
    #expect(html.contains("urvalsfel"))
    #expect(html.contains("jämfört med jämförelsegruppens utveckling"))
    #expect(!html.contains("Före/efter-jämförelse utan kontrollgrupp"))
  }

  @Test func aCSVWithAComparisonGroupAndACounterfactualImports() throws {
    let directory = try TemporaryDirectory()
    let csv = try directory.write(
      "grupper.csv",
      """
      deltagare;grupp;antal;period;försörjning;månader
      D1;deltagare;3;före;Sjukersättning;12
      D1;deltagare;;efter;Arbete utan subvention;12
      J1;jämförelse;9;före;Sjukersättning;12
      J1;jämförelse;;efter;Sjukersättning;12

      """)
    let out = directory.path("grupper.json")
    let imported = try CLI.run(["import", csv, "--into", out, "--name", "Grupper", "--association", "Exempel", "--cost", "100000"])
    #expect(imported.status == 0, "\(imported.err)")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
    let group = try #require((document["comparison"] as? [String: Any])?["participants"] as? [[String: Any]])
    #expect(group.map { $0["id"] as? String } == ["J1"])
    let evaluated = try result(["evaluate", out, "--format", "json"])
    #expect(evaluated["baseline"] as? String == "comparisonGroup")

    let scenario = try directory.write(
      "scenario.csv",
      """
      deltagare;period;försörjning;månader
      S1;före;Sjukpenning;12
      S1;efter;Arbete utan subvention;12
      S1;kontrafaktisk;Sjukersättning;12

      """)
    let scenarioOut = directory.path("scenario.json")
    let second = try CLI.run(["import", scenario, "--into", scenarioOut, "--name", "Scenario", "--association", "Exempel", "--cost", "0"])
    #expect(second.status == 0, "\(second.err)")
    #expect(try result(["evaluate", scenarioOut, "--format", "json"])["baseline"] as? String == "counterfactual")
  }

  @Test func rulesInsideTheComparisonGroupNameTheirJSONPath() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "bad.json",
      """
      {"formatVersion": 1, "name": "n", "association": "a", "cost": {"total": 0},
       "participants": [{"id": "p", "before": {"spells": [{"state": "arbete", "months": 12}]}, "after": {"spells": [{"state": "arbete", "months": 12}]},
         "counterfactual": {"spells": [{"state": "arbete", "months": 12}]}}],
       "comparison": {"participants": [{"id": "c", "before": {"spells": [{"state": "arbete", "months": 12}]},
         "after": {"spells": [{"state": "fiskare", "months": 12}]}}]}}

      """)
    let run = try CLI.run(["validate", path], environment: CLI.english)
    #expect(run.status == 65)
    #expect(run.err.contains("$.participants[0].counterfactual: a counterfactual period cannot be combined with a comparison group"), "\(run.err)")
    #expect(run.err.contains("$.comparison.participants[0].after.spells[0].state: unknown state 'fiskare'"), "\(run.err)")
  }

  @Test func batchEvaluatesTheStoredBaselines() throws {
    let directory = try TemporaryDirectory()
    let db = directory.url.appendingPathComponent("evaluations.sqlite").path
    let added = try CLI.run(["db", "add", "Docs/examples/comparison-group.json", "Docs/examples/counterfactual-scenario.json", "--db", db])
    #expect(added.status == 0, "\(added.err)")
    let batch = try CLI.run(["batch", "--db", db])
    #expect(batch.status == 0 && batch.out.contains("2 utvärderingar"), "\(batch.out)\(batch.err)")
  }
}
