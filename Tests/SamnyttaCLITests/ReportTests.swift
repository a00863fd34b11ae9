import Foundation
import FoundationXML
import SamnyttaTestSupport
import Testing

/// `samnytta report`: golden files, well-formed markup, escaping, the database paths and errors.
/// Every run points SAMNYTTA_DB at a file that does not exist, so a database on the machine never
/// changes the output.
@Suite struct ReportTests {
  static let typfall = "Docs/examples/typfall-trampolinen.json"
  static let realistic = "Docs/examples/realistic-42-participants.json"

  func report(_ arguments: [String], db: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let directory = try TemporaryDirectory()
    let result = try CLI.run(
      ["report"] + arguments, environment: ["SAMNYTTA_DB": db ?? directory.path("none.sqlite")], sourceLocation: sourceLocation)
    #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
    #expect(result.err.isEmpty, "unexpected standard error: \(result.err)", sourceLocation: sourceLocation)
    return result.out
  }

  // MARK: - Golden files

  @Test func typfallHTMLSwedish() throws {
    try assertSnapshot(report([Self.typfall]), named: "report-typfall-sv", extension: "html")
  }

  @Test func typfallMarkdownSwedish() throws {
    try assertSnapshot(report([Self.typfall, "--format", "md"]), named: "report-typfall-sv", extension: "md")
  }

  @Test func realisticMarkdownEnglish() throws {
    try assertSnapshot(report([Self.realistic, "--format", "md", "--lang", "en"]), named: "report-realistic-en", extension: "md")
  }

  // MARK: - Small groups

  /// `--min-group N` hides every breakdown group of fewer than N participants and says so; the
  /// default (5) hides none of the realistic example's groups.
  @Test func minGroupHidesSmallGroupsAndSaysSo() throws {
    let note = "Grupper med färre än 12 deltagare visas som &lt;12"
    #expect(try report([Self.realistic, "--format", "md", "--min-group", "12"]).contains(note))
    #expect(!(try report([Self.realistic, "--format", "md"])).contains("Grupper med färre än"))
    let bad = try CLI.run(["report", Self.realistic, "--min-group", "0"])
    #expect(bad.status == 64 && bad.err.contains("--min-group"))
  }

  // MARK: - Structure

  /// The HTML is XHTML-compatible: an XML parser reads all of it without an error.
  @Test(arguments: [
    ["--lang", "sv"], ["--lang", "en", "--drop-off", "20", "--discount-rate", "3,5"], ["--convention", "welfare", "--drop-off", "90"],
  ])
  func htmlIsWellFormedXML(options: [String]) throws {
    for file in [Self.typfall, Self.realistic] {
      let html = try report([file] + options)
      #expect(html.hasPrefix("<!DOCTYPE html>\n"))
      try expectWellFormed(html)
    }
  }

  @Test func htmlIsSelfContained() throws {
    let html = try report([Self.realistic])
    for forbidden in ["<script", "<link", "src=\"http", "href=\"http", "@import", "url(http"] {
      #expect(!html.contains(forbidden), "the report must not load anything: found \(forbidden)")
    }
    #expect(html.contains("@page") && html.contains("@media print"))
    #expect(html.contains("<svg"))
    // Swedish by default, kronor grouped by no-break spaces (a figure never wraps), and every section present.
    #expect(html.contains("lang=\"sv\""))
    #expect(html.contains("3\u{00A0}150\u{00A0}000\u{00A0}kr"))
    #expect(!html.contains("3 150 000 kr"))
    for id in ["summary", "key-figures", "potential", "revenue", "payback", "sensitivity", "comparison", "breakdowns", "appendix-parameters"] {
      #expect(html.contains("<section id=\"\(id)\">"), "section \(id) missing")
    }
    #expect(!html.contains("NaN") && !html.contains("nan kr") && !html.contains("inf kr"))
  }

  @Test func sameInputGivesTheSameBytes() throws {
    let a = try report([Self.realistic])
    let b = try report([Self.realistic])
    #expect(a == b)
  }

  @Test func writesToAFileWithOut() throws {
    let directory = try TemporaryDirectory()
    let out = directory.path("r.md")
    let stdout = try report([Self.typfall, "--format", "md", "--out", out])
    #expect(stdout.isEmpty)
    #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("# Samhällsekonomisk utvärdering: "))
  }

  // MARK: - Escaping

  /// Text a user typed (name, association, period, participant attributes) is shown as text.
  @Test func scriptInNamesIsEscaped() throws {
    let attack = "<script>alert(1)</script>"
    let original = try String(contentsOf: PackageRoot.url(Self.typfall), encoding: .utf8)
    let hostile =
      original
      .replacingOccurrences(
        of: "\"Typfallsutvärdering: unga vuxna till arbete och studier\"", with: "\"\(attack.replacingOccurrences(of: "/", with: "\\/")) | *x*\""
      )
      .replacingOccurrences(of: "\"Samordningsförbundet Exempel\"", with: "\"\(attack) & Co\"")
      .replacingOccurrences(of: "\"2024-01/2024-12\"", with: "\"<img src=x onerror=alert(2)>\"")
      .replacingOccurrences(of: "\"kvinna\"", with: "\"\(attack)\"")
    #expect(hostile != original)
    let directory = try TemporaryDirectory()
    let path = try directory.write("hostile.json", hostile)

    let html = try report([path])
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"))
    try expectWellFormed(html)

    let md = try report([path, "--format", "md"])
    #expect(!md.contains("<script"))
    #expect(!md.contains("<img"))
    #expect(md.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\*"))
  }

  // MARK: - Database

  /// `--id` reports a stored document; with other evaluations of the same class group in the
  /// database, the comparison section shows their mean and median.
  @Test func reportsAStoredEvaluationAndComparesWithItsClassGroup() throws {
    let directory = try TemporaryDirectory()
    let db = directory.path("evaluations.sqlite")
    // Three evaluations of one class group: the example and two variants with other costs.
    let original = try String(contentsOf: PackageRoot.url(Self.typfall), encoding: .utf8)
    var files = [PackageRoot.url(Self.typfall).path]
    for (i, cost) in [("1300000", "960000"), ("1500000", "1160000")].enumerated() {
      let variant = original.replacingOccurrences(of: "\"total\": 1440000", with: "\"total\": \(cost.0)")
        .replacingOccurrences(of: "\"personal\": 1100000", with: "\"personal\": \(cost.1)")
        .replacingOccurrences(of: "Typfallsutvärdering:", with: "Variant \(i + 1):")
      files.append(try directory.write("variant\(i).json", variant))
    }
    let added = try CLI.run(["db", "add"] + files + ["--db", db])
    #expect(added.status == 0, "\(added)")

    let stored = try report(["--id", "1", "--db", db, "--format", "md"])
    #expect(stored.contains("Typfallsutvärdering"))
    #expect(stored.contains("Jämförelsen omfattar 2 andra utvärderingar"), "\(stored)")
    #expect(stored.contains("| Verkningsgrad | 23,8 %"))  // under the default model se-2026
    // Two peers are fewer than the minimum of five: deviations, but no judgement (issue 13).
    #expect(!stored.contains("bättre än medel") && !stored.contains("sämre än medel") && stored.contains("så ingen bedömning görs"), "\(stored)")

    // A file is compared with the database too (the same document, stored, is left out).
    let fromFile = try report([Self.typfall, "--format", "md"], db: db)
    #expect(fromFile.contains("Jämförelsen omfattar 2 andra utvärderingar"))
    // Without a database: said so, nothing created.
    let none = try report([Self.typfall, "--format", "md"])
    #expect(none.contains("Ingen databas med tidigare utvärderingar"))
  }

  // MARK: - Errors

  @Test func errorsHaveTheUsualExitCodes() throws {
    let directory = try TemporaryDirectory()
    let env = ["SAMNYTTA_DB": directory.path("none.sqlite")]
    let noInput = try CLI.run(["report"], environment: env)
    #expect(noInput.status == 64)
    let both = try CLI.run(["report", Self.typfall, "--id", "1"], environment: env)
    #expect(both.status == 64)
    let badFormat = try CLI.run(["report", Self.typfall, "--format", "docx"], environment: env)
    #expect(badFormat.status == 64 && badFormat.err.contains("html, md, pdf"))
    let missing = try CLI.run(["report", "no-such-file.json"], environment: env)
    #expect(missing.status == 66)
    let missingDB = try CLI.run(["report", "--id", "1", "--db", directory.path("absent.sqlite")], environment: env)
    #expect(missingDB.status == 66)
    #expect(!FileManager.default.fileExists(atPath: directory.path("absent.sqlite")))
    let bad = try directory.write("bad.json", "{ \"formatVersion\": 1 }")
    #expect(try CLI.run(["report", bad], environment: env).status == 65)

    let summary = try directory.write(
      "summary.json",
      """
      { "formatVersion": 1, "kind": "summary", "name": "S", "association": "A", "participants": 19, "revenue": 3600000, "cost": 2200000 }
      """)
    let summaryResult = try CLI.run(["report", summary], environment: env)
    #expect(summaryResult.status == 64, "\(summaryResult)")
    #expect(summaryResult.err.contains("är en sammanfattning"))
  }

  /// Fails the test with the parser's message and position if `text` is not well-formed XML.
  func expectWellFormed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let parser = XMLParser(data: Data(text.utf8))
    let ok = parser.parse()
    #expect(
      ok && parser.parserError == nil,
      "not well-formed at line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "unknown error")",
      sourceLocation: sourceLocation)
  }
}
