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
    let text = try output(["evaluate", GoldenTests.seed, "--model", "se-2016", "--format", "csv"])
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
    let text = try output(["evaluate", GoldenTests.typfall, "--format", "csv", "--csv-dialect", "comma"])
    try assertSnapshot(text, named: "evaluate-typfall-comma", extension: "csv")
    #expect(text.hasPrefix("perspective,scope,"))
    #expect(!text.contains(";"))
  }

  @Test func summaryDocumentsHaveSocietysRowsOnly() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "s.json", #"{"formatVersion": 1, "kind": "summary", "name": "S", "association": "A", "participants": 10, "potential": 1000000, "revenue": 250000, "cost": 100000}"#)
    let text = try output(["evaluate", path, "--format", "csv", "--csv-dialect", "comma"])
    let rows = text.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    #expect(rows.map { $0.split(separator: ",").prefix(2).joined(separator: ",") } == ["society,total", "society,per_participant"])
    #expect(rows.first?.hasPrefix("society,total,1000000,750000,250000,100000,150000,") == true)
  }

  @Test func aDialectWithoutCSVIsAUsageError() throws {
    let result = try CLI.run(["evaluate", GoldenTests.seed, "--csv-dialect", "comma"])
    #expect(result.status == 64)
    #expect(result.err.contains("--csv-dialect is only used with --format csv"))
  }
}
