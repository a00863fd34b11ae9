import Foundation
import SamnyttaTestSupport
import Testing

/// `samnytta model show`: one row per parameter with value, range, basis, source, year and the
/// verification date; `--format json` gives the same per parameter as numbers and strings.
@Suite struct ModelShowTests {
  @Test(arguments: ["se-2016", "se-2025", "se-2026"])
  func jsonGivesEveryParametersEvidence(id: String) throws {
    let result = try CLI.run(["model", "show", id, "--format", "json"])
    #expect(result.status == 0 && result.err.isEmpty, "\(result)")
    let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    #expect(object["id"] as? String == id && object["formatVersion"] as? Int == 2)
    let parameters = try #require(object["parameters"] as? [[String: Any]])
    // One per sourced value in the file (an object with "value" and "source"), rule tables included.
    let file = try JSONSerialization.jsonObject(with: Data(contentsOf: PackageRoot.url("Models/\(id).json")))
    func sourcedCount(_ node: Any) -> Int {
      if let object = node as? [String: Any] {
        if object["value"] != nil && object["source"] != nil { return 1 }
        return object.values.map(sourcedCount).reduce(0, +)
      }
      return (node as? [Any])?.map(sourcedCount).reduce(0, +) ?? 0
    }
    #expect(parameters.count == sourcedCount(file))
    let bases: Set<String> = ["law", "officialStatistic", "priceList", "derived", "estimate"]
    for p in parameters {
      let path = p["path"] as? String ?? "?"
      let value = try #require((p["value"] as? NSNumber)?.doubleValue, "\(path)")
      let low = try #require((p["low"] as? NSNumber)?.doubleValue, "\(path)")
      let high = try #require((p["high"] as? NSNumber)?.doubleValue, "\(path)")
      #expect(low <= value && value <= high, "\(path)")
      #expect(bases.contains(p["basis"] as? String ?? ""), "\(path)")
      #expect((p["verified"] as? String)?.count == 10, "\(path)")
      #expect(!(p["source"] as? String ?? "").isEmpty && p["year"] is Int, "\(path)")
    }
  }

  @Test func textHasOneRowPerParameterInSwedish() throws {
    let result = try CLI.run(["model", "show", "se-2026"])
    #expect(result.status == 0, "\(result)")
    let lines = result.out.split(separator: "\n")
    #expect(lines.first == "se-2026: Sverige, prisnivå 2026 (standard)")
    #expect(lines.contains { $0.hasPrefix("parameter") && $0.contains("intervall") && $0.contains("verifierad") && $0.contains("källa") })
    let salary = try #require(lines.first { $0.hasPrefix("labour.averageMonthlySalary ") })
    #expect(
      salary.contains("44 279,56") && salary.contains("42 508,38–46 050,74") && salary.contains("härledd") && salary.contains("2026-12-01"),
      "\(salary)")
    let rate = try #require(lines.first { $0.hasPrefix("taxes.stateRate ") })
    #expect(rate.contains("0,2–0,2") && rate.contains("lag"), "\(rate)")
    let rows = lines.filter {
      $0.hasPrefix("labour.") || $0.hasPrefix("taxes.") || $0.hasPrefix("states[") || $0.hasPrefix("careTypes[") || $0.hasPrefix("defaultFinancing.")
        || $0.hasPrefix("classification.") || $0.hasPrefix("sensitivity.") || $0.hasPrefix("validation.")
    }
    #expect(rows.count == 61)
  }

  /// A model file loaded by path must carry the id its file name gives.
  @Test func aModelLoadedByPathMustBeNamedByItsID() throws {
    let directory = try TemporaryDirectory()
    let text = try String(contentsOfFile: CLI.modelsDirectory + "/se-2026.json", encoding: .utf8)
    let copy = try directory.write("my-model.json", text)
    let result = try CLI.run(["model", "show", copy], environment: CLI.english)
    #expect(result.status == 65, "\(result)")
    #expect(result.err.contains("my-model.json:3:9: $.id: the model id 'se-2026' must equal the file name without .json ('my-model')"), "\(result)")
    #expect(try CLI.run(["evaluate", "Docs/examples/forsorjningsstod-8000-till-arbete-23000.json", "--model", copy]).status == 65)
  }
}
