import Foundation
import SamnyttaTestSupport
import Testing

/// `evaluate --format csv`: the key figures as a table, in Swedish Excel's dialect or plain CSV.
@Suite struct EvaluateCSVTests {
  func output(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let result = try CLI.run(arguments, sourceLocation: sourceLocation)
    #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
    #expect(result.err.isEmpty, sourceLocation: sourceLocation)
    return result.out
  }

  @Test func excelDialectIsTheDefault() throws {
    let text = try output(["evaluate", GoldenTests.seed, "--model", "se-2016", "--format", "csv", "--csv-headers", "keys"])
    #expect(text.hasPrefix("\u{FEFF}perspective;scope;potential_before;"))
    // The golden file is stored without the byte-order mark: Foundation drops it when reading text.
    try assertSnapshot(String(text.dropFirst()), named: "evaluate-seed-se-2016-excel", extension: "csv")
    let lines = text.components(separatedBy: "\r\n")
    // Society's revenue with a decimal comma; Arbetsförmedlingen's undefined ratios are empty cells.
    #expect(lines.contains { $0.hasPrefix("society;total;634855,2;154549,92;480305,28;0;") })
    #expect(lines.contains("employmentService;total;0;0;0;0;0;0;0;0;0;;;;"))
    #expect(lines.count == 1 + 18 + 1)
  }

  @Test func commaDialect() throws {
    let text = try output(["evaluate", GoldenTests.typfall, "--format", "csv", "--csv-dialect", "comma", "--csv-headers", "keys"])
    try assertSnapshot(text, named: "evaluate-typfall-comma", extension: "csv")
    #expect(text.hasPrefix("perspective,scope,"))
    #expect(!text.contains(";"))
  }

  /// For people (the default): Swedish headers and cell words under --lang sv, English under --lang
  /// or SAMNYTTA_LANG=en; no machine key is left in a header or a perspective cell.
  @Test func headersForPeopleFollowTheLanguage() throws {
    let sv = try output(["evaluate", GoldenTests.typfall, "--format", "csv", "--csv-dialect", "comma"])
    let svLines = sv.components(separatedBy: "\r\n")
    #expect(svLines.first?.hasPrefix("Perspektiv,Avser,Potential före,Potential efter,Intäkter år 1,Kostnad,Lönsamhet år 1,") == true, "\(sv)")
    #expect(svLines.dropFirst().first?.hasPrefix("Samhället,totalt,") == true)
    #expect(sv.contains("Kommunen,per deltagare,"))
    for key in ["perspective", "scope", "_", "society", "municipality", "per_participant"] {
      #expect(!svLines[0].contains(key) && !sv.contains(key + ","))
    }
    let en = try CLI.run(["evaluate", GoldenTests.typfall, "--format", "csv", "--csv-dialect", "comma"], environment: ["SAMNYTTA_LANG": "en"])
    #expect(en.out.hasPrefix("Perspective,Scope,Potential before,"), "\(en)")
    #expect(en.out.contains("\r\nSociety,total,"))
    let option = try output(["evaluate", GoldenTests.typfall, "--format", "csv", "--csv-dialect", "comma", "--lang", "en"])
    #expect(option == en.out)
    let bad = try CLI.run(["evaluate", GoldenTests.typfall], environment: ["SAMNYTTA_LANG": "de"])
    #expect(bad.status == 64 && bad.err.contains("SAMNYTTA_LANG"))
  }

  @Test func summaryDocumentsHaveSocietysRowsOnly() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "s.json",
      #"{"formatVersion": 1, "kind": "summary", "name": "S", "association": "A", "participants": 10, "potential": 1000000, "revenue": 250000, "cost": 100000}"#
    )
    let text = try output(["evaluate", path, "--format", "csv", "--csv-dialect", "comma", "--csv-headers", "keys"])
    let rows = text.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    #expect(rows.map { $0.split(separator: ",").prefix(2).joined(separator: ",") } == ["society,total", "society,per_participant"])
    #expect(rows.first?.hasPrefix("society,total,1000000,750000,250000,100000,150000,") == true)
  }

  @Test func aDialectWithoutCSVIsAUsageError() throws {
    let result = try CLI.run(["evaluate", GoldenTests.seed, "--csv-dialect", "comma"])
    #expect(result.status == 64)
    #expect(result.err.contains("--csv-dialect används bara med --format csv"))
  }
}
