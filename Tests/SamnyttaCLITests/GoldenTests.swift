import Foundation
import SamnyttaTestSupport
import Testing

/// The real executable's output for the bundled examples, compared with Golden/.
@Suite struct GoldenTests {
  static let seed = "Docs/examples/forsorjningsstod-8000-till-arbete-23000.json"
  static let typfall = "Docs/examples/typfall-trampolinen.json"

  /// Runs a command that must succeed with nothing on standard error, and returns its output.
  func output(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let result = try CLI.run(arguments, sourceLocation: sourceLocation)
    #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
    #expect(result.err.isEmpty, "unexpected standard error: \(result.err)", sourceLocation: sourceLocation)
    return result.out
  }

  @Test func evaluateSeedTextSwedish() throws {
    try assertSnapshot(output(["evaluate", Self.seed, "--model", "se-2016"]), named: "evaluate-seed-se-2016-sv")
  }

  @Test func evaluateSeedTextEnglish() throws {
    try assertSnapshot(output(["evaluate", Self.seed, "--model", "se-2016", "--lang", "en"]), named: "evaluate-seed-se-2016-en")
  }

  @Test func evaluateSeedJSON() throws {
    let text = try output(["evaluate", Self.seed, "--model", "se-2016", "--format", "json"])
    try assertSnapshot(text, named: "evaluate-seed-se-2016", extension: "json")
    try checkJSONShape(text, model: "se-2016")
  }

  @Test func evaluateTypfallText() throws {
    try assertSnapshot(output(["evaluate", Self.typfall]), named: "evaluate-typfall-sv")
  }

  @Test func evaluateTypfallJSON() throws {
    let text = try output(["evaluate", Self.typfall, "--format", "json"])
    try assertSnapshot(text, named: "evaluate-typfall", extension: "json")
    try checkJSONShape(text, model: "se-2026")
  }

  @Test func explainSeed() throws {
    try assertSnapshot(output(["explain", Self.seed, "--model", "se-2016"]), named: "explain-seed-se-2016-sv")
  }

  @Test func mainHelp() throws {
    try assertSnapshot(output(["--help"]), named: "help")
  }

  @Test func evaluateHelp() throws {
    try assertSnapshot(output(["evaluate", "--help"]), named: "evaluate-help")
  }

  /// The help in English: with `--lang en`, or `SAMNYTTA_LANG=en` for a session.
  @Test func helpInEnglish() throws {
    try assertSnapshot(output(["--help", "--lang", "en"]), named: "help-en")
    let english = try output(["evaluate", "--help", "--lang", "en"])
    try assertSnapshot(english, named: "evaluate-help-en")
    let variable = try CLI.run(["evaluate", "--help"], environment: ["SAMNYTTA_LANG": "en"])
    #expect(variable.status == 0 && variable.out == english)
  }

  /// A command's usage error, Swedish by default and English on request: the message, the words
  /// "fel:"/"error:" and "användning:"/"usage:", the usage line.
  @Test func usageErrorInBothLanguages() throws {
    for (environment, name) in [([String: String](), "usage-error-sv"), (["SAMNYTTA_LANG": "en"], "usage-error-en")] {
      let result = try CLI.run(["explain"], environment: environment)
      #expect(result.status == 64 && result.out.isEmpty, "\(result)")
      try assertSnapshot(result.err, named: name)
    }
  }

  /// A status line (what `db add` added, what `db remove` removed), in both languages.
  @Test func statusLinesInBothLanguages() throws {
    let directory = try TemporaryDirectory()
    for l in ["sv", "en"] {
      let db = directory.path("\(l).sqlite")
      let added = try CLI.run(["db", "add", Self.seed, "--db", db, "--lang", l])
      let removed = try CLI.run(["db", "remove", "1", "--db", db, "--lang", l])
      let validated = try CLI.run(["validate", Self.typfall, "--lang", l])
      #expect(added.status == 0 && removed.status == 0 && validated.status == 0, "\(added) \(removed) \(validated)")
      try assertSnapshot(added.out + removed.out + validated.out, named: "status-lines-\(l)")
    }
  }

  @Test func models() throws {
    try assertSnapshot(output(["models"]), named: "models")
  }

  /// Data errors are Swedish by default and English with `SAMNYTTA_LANG=en` (`validate` and `import`
  /// take no `--lang`): rule violations, a JSON syntax error, and a CSV import's cells.
  @Test(arguments: [("sv", [:]), ("en", CLI.english)] as [(String, [String: String])])
  func dataErrors(language: String, environment: [String: String]) throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "rules.json",
      variant("\"state\": \"arbete\", \"months\": 12", "\"state\": \"fiskare\", \"months\": 13").replacingOccurrences(
        of: "\"id\": \"p1\"", with: "\"id\": \"p1\", \"count\": 0"))
    try directory.write("syntax.json", "{\n  \"formatVersion\": 1,\n}\n")
    try directory.write("people.csv", "deltagare;period;försörjning;månader\nP1;före;arbete;12\nP1;efter;fiskare;13,5\n")
    let models = ["SAMNYTTA_MODELS": CLI.modelsDirectory].merging(environment) { $1 }
    let validate = try CLI.run(["validate", "rules.json", "syntax.json"], in: directory.url, environment: models)
    #expect(validate.status == 65 && validate.out.isEmpty, "\(validate)")
    let imported = try CLI.run(["import", "people.csv", "--into", "out.json"] + ImportCommandTests.metadata, in: directory.url, environment: models)
    #expect(imported.status == 65 && imported.out.isEmpty, "\(imported)")
    try assertSnapshot(validate.err + imported.err, named: "data-errors-\(language)")
  }

  /// The text report is Swedish by default and writes kronor with space thousands separators.
  @Test func swedishTextUsesSpaceThousandsSeparators() throws {
    let text = try output(["evaluate", Self.typfall])
    #expect(text.contains("Nyckeltal för samhället"))
    #expect(text.contains("1 440 000 kr"))
    #expect(!text.contains("1,440,000"))
  }

  /// The JSON output is valid JSON, carries a format version, the model id, the price year, and
  /// has its keys sorted (checked textually: each object's keys appear in ascending order).
  func checkJSONShape(_ text: String, model: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], sourceLocation: sourceLocation)
    #expect(object["formatVersion"] as? Int == 1, sourceLocation: sourceLocation)
    #expect(text.contains("\"\(model)\""), "model id \(model) missing", sourceLocation: sourceLocation)
    #expect(text.hasSuffix("\n"), sourceLocation: sourceLocation)
    // Sorted keys: within each object (tracked by indentation), keys ascend.
    var lastKeyAtIndent: [Int: String] = [:]
    for line in text.split(separator: "\n") {
      let indent = line.prefix { $0 == " " }.count
      // Leaving or entering a nesting level resets deeper levels.
      lastKeyAtIndent = lastKeyAtIndent.filter { $0.key <= indent }
      let trimmed = line.dropFirst(indent)
      if trimmed.hasPrefix("}") || trimmed.hasPrefix("]") {
        lastKeyAtIndent[indent + 2] = nil
        continue
      }
      guard trimmed.hasPrefix("\""), let end = trimmed.dropFirst().firstIndex(of: "\""),
        trimmed[trimmed.index(after: end)...].hasPrefix(":")
      else { continue }
      let key = String(trimmed[trimmed.index(after: trimmed.startIndex)..<end])
      if let previous = lastKeyAtIndent[indent] {
        #expect(previous < key, "keys not sorted: '\(previous)' before '\(key)'", sourceLocation: sourceLocation)
      }
      lastKeyAtIndent[indent] = key
    }
  }
}
