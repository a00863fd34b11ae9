import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaTestSupport
import Testing

/// The model checks (rates in [0, 1], ranges that contain their value, evidence on every value of
/// a format-2 model, the id equal to the file name), each an error naming the file and the
/// parameter; and the bundled models' values against the official figures they cite.
@Suite("Model checks")
struct ModelCheckTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let bundled = ["se-2016", "se-2025", "se-2026"]

  static func text(_ id: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent("Models/\(id).json"), encoding: .utf8)
  }

  /// se-2025.json with `old` (which must occur exactly once) replaced by `new`.
  static func edited(_ old: String, _ new: String, id: String = "se-2025") throws -> [UInt8] {
    let text = try text(id)
    #expect(text.components(separatedBy: old).count == 2, "'\(old)' must occur exactly once in \(id).json")
    return Array(text.replacingOccurrences(of: old, with: new).utf8)
  }

  /// The error decoding `bytes` as `file` gives; records an issue when it decodes.
  static func refusal(_ bytes: [UInt8], file: String = "se-2025.json") -> DataError? {
    do {
      _ = try ModelDocument.decode(bytes, file: file)
      Issue.record("decoded, expected a refusal")
      return nil
    } catch { return error }
  }

  @Test("every value of a bundled model has evidence, a range that contains it and a basis that agrees with estimate", arguments: bundled)
  func bundledEvidence(id: String) throws {
    let model = try ModelDocument.decode(Array(try Self.text(id).utf8), file: "Models/\(id).json")
    #expect(model.fileFormatVersion == 2)
    #expect(!model.numericParameters.isEmpty)
    #expect(Set(model.numericParameters.map(\.path)).count == model.numericParameters.count, "paths are unique")
    for parameter in model.numericParameters {
      let evidence = try #require(parameter.provenance.evidence, "\(id) \(parameter.path)")
      #expect(parameter.low <= parameter.value && parameter.value <= parameter.high, "\(id) \(parameter.path)")
      #expect(evidence.verified.count == 10 && evidence.verified.hasPrefix("2026-"), "\(id) \(parameter.path)")
      #expect([.derived, .estimate].contains(evidence.basis) == parameter.provenance.estimate, "\(id) \(parameter.path)")
      if parameter.kind == .share { #expect(parameter.high <= 1, "\(id) \(parameter.path)") }
      if evidence.basis == .law { #expect(parameter.low == parameter.high, "a value set by law is exact: \(id) \(parameter.path)") }
    }
    // The engine-side list reaches every parameter the engine reads, by its stable path.
    let paths = Set(model.numericParameters.map(\.path))
    for path in ["labour.averageMonthlySalary", "taxes.municipalRate", "states[arbete].work.monthlySalary", "careTypes[akutbesok].unitCost"] {
      #expect(paths.contains(path), "\(id) lacks \(path)")
    }
  }

  @Test func idMustEqualTheFileName() throws {
    let bytes = Array(try Self.text("se-2025").utf8)
    let error = try #require(Self.refusal(bytes, file: "/tmp/models/my-model.json"))
    #expect(error.file == "/tmp/models/my-model.json" && error.path == "$.id", "\(error)")
    #expect(error.message.contains("'se-2025' must equal the file name without .json ('my-model')"), "\(error)")
    // A file loaded by path with the right name decodes, wherever it is.
    #expect(try ModelDocument.decode(bytes, file: "/tmp/elsewhere/se-2025.json").parameters.id == "se-2025")
  }

  @Test func rangeMustContainTheValue() throws {
    let error = try #require(Self.refusal(try Self.edited("\"low\": 41700.16", "\"low\": 43000")))
    #expect(error.file == "se-2025.json" && error.path == "$.labour.averageMonthlySalary.range", "\(error)")
    #expect(error.message.contains("labour.averageMonthlySalary: the range 43000–44279.56 does not contain the value 42989.86"), "\(error)")
  }

  @Test func rangeLowMustNotBeAboveHigh() throws {
    let error = try #require(Self.refusal(try Self.edited("\"high\": 44279.56", "\"high\": 41000")))
    #expect(error.path == "$.labour.averageMonthlySalary.range" && error.message.contains("low 41700.16 is above its high 41000"), "\(error)")
  }

  @Test func rateMustBeAShare() throws {
    let value = try #require(
      Self.refusal(
        try Self.edited("\"employerContributionRate\": {\n      \"value\": 0.3142", "\"employerContributionRate\": {\n      \"value\": 1.3142")))
    #expect(value.path == "$.labour.employerContributionRate.value", "\(value)")
    #expect(value.message.contains("labour.employerContributionRate: must be a share between 0 and 1, got 1.3142"), "\(value)")
    #expect(value.line != nil)
    let range = try #require(
      Self.refusal(try Self.edited("\"low\": 0.1,\n        \"high\": 0.2\n", "\"low\": 0.1,\n        \"high\": 1.2\n")))
    #expect(
      range.path == "$.taxes.indirectRate.range.high" && range.message.contains("taxes.indirectRate: a share's range must lie between 0 and 1"),
      "\(range)")
  }

  @Test func moneyRangeHasAtMostTwoDecimals() throws {
    let error = try #require(Self.refusal(try Self.edited("\"low\": 41700.16", "\"low\": 41700.161")))
    #expect(error.path == "$.labour.averageMonthlySalary.range.low" && error.message.contains("more than two decimals"), "\(error)")
  }

  @Test func formatTwoRequiresEvidence() throws {
    let error = try #require(
      Self.refusal(
        try Self.edited(
          ",\n      \"basis\": \"law\",\n      \"verified\": \"2026-12-01\",\n      \"range\": {\n        \"low\": 0.2,\n        \"high\": 0.2\n      }",
          "")))
    #expect(error.path == "$.taxes.stateRate", "\(error)")
    #expect(
      error.message.contains("taxes.stateRate: missing required key 'basis'; model format version 2 requires basis, verified and range"), "\(error)")
  }

  @Test func formatOneIsReadWithoutEvidence() throws {
    // se-2025 as a version-1 file with the evidence of every value removed.
    var text = try Self.text("se-2025").replacingOccurrences(of: "\"formatVersion\": 2", with: "\"formatVersion\": 1")
    let pattern = try Regex(#",\n *"basis": "[A-Za-z]+",\n *"verified": "[0-9-]+"(,\n *"range": \{\n *"low": [0-9.]+,\n *"high": [0-9.]+\n *\})?"#)
    text = text.replacing(pattern, with: "")
    let model = try ModelDocument.decode(Array(text.utf8), file: "se-2025.json")
    #expect(model.fileFormatVersion == 1)
    #expect(model.numericParameters.allSatisfy { $0.provenance.evidence == nil && $0.basis == nil && $0.low == $0.value && $0.high == $0.value })
  }

  @Test func unsupportedFormatVersion() throws {
    let error = try #require(Self.refusal(try Self.edited("\"formatVersion\": 2", "\"formatVersion\": 3")))
    #expect(error.path == "$.formatVersion" && error.message.contains("this program reads versions 1 and 2"), "\(error)")
  }

  @Test func verifiedIsARealDate() throws {
    let text = try Self.text("se-2025")
    let salary = try #require(text.range(of: "\"averageMonthlySalary\""))
    let first = try #require(text.range(of: "\"verified\": \"2026-12-01\"", range: salary.upperBound..<text.endIndex))
    let bytes = Array(text.replacingCharacters(in: first, with: "\"verified\": \"2026-02-30\"").utf8)
    let error = try #require(Self.refusal(bytes))
    #expect(error.path == "$.labour.averageMonthlySalary.verified" && error.message.contains("YYYY-MM-DD, got '2026-02-30'"), "\(error)")
  }

  @Test func basisMustAgreeWithEstimate() throws {
    let law = try #require(
      Self.refusal(
        try Self.edited(
          "\"year\": 2025,\n      \"basis\": \"law\",\n      \"verified\": \"2026-12-01\",\n      \"range\": {\n        \"low\": 0.2,",
          "\"year\": 2025,\n      \"basis\": \"estimate\",\n      \"verified\": \"2026-12-01\",\n      \"range\": {\n        \"low\": 0.2,")))
    #expect(law.path == "$.taxes.stateRate.basis" && law.message.contains("set \"estimate\": true"), "\(law)")
  }

  @Test func positiveSalaryIsStillChecked() throws {
    let error = try #require(Self.refusal(try Self.edited("\"value\": 42989.86", "\"value\": 0")))
    #expect(error.path == "$.labour.averageMonthlySalary.value" && error.message == "must be greater than 0", "\(error)")
  }

  /// se-2026 against the official 2026 figures its sources state (typed here from the sources, not
  /// from the model): prisbasbelopp 59 200 (SFS 2025:872), skiktgräns 643 000, total local tax
  /// 32,38 % (SCB), aktivitetsstöd floor 365 kr/day, garantinivå 2,78 and 2,63 PBB.
  @Test func se2026MatchesTheOfficialFigures() throws {
    let model = try ModelDocument.decode(Array(try Self.text("se-2026").utf8), file: "se-2026.json")
    func value(_ path: String) throws -> Double { try #require(model.numericParameters.first { $0.path == path }, "\(path)").value }
    let pbb = 59_200.0
    #expect(model.parameters.priceYear == 2026)
    #expect(try value("taxes.stateThresholdAnnual") == 643_000)
    #expect(abs(try value("taxes.municipalRate") + value("taxes.regionalRate") - 0.3238) < 1e-9)
    #expect(try value("states[aktivitetsstod].benefit.monthlyAmount") == 365 * 22)
    #expect(abs(try value("states[sjukersattning].benefit.monthlyAmount") - 2.78 * pbb / 12) < 0.005)
    #expect(abs(try value("states[aktivitetsersattning].benefit.monthlyAmount") - 2.63 * pbb / 12) < 0.005)
    #expect(try value("labour.employerContributionRate") == 0.3142)
    // A-kassa: the first step's 80 % of the entry-level salary, stepped down over the spell by the
    // rule (80/70/65 % from days 1/101/201, in force from 1 Oct 2025), below the 34 000 kr income cap.
    let salary = try value("states[arbete].work.monthlySalary")
    #expect(abs(try value("states[a_kassa].benefit.monthlyAmount") - salary * 0.80) < 0.005)
    #expect(try value("benefitRules[a_kassa].monthlyCeiling") == 0.80 * 34_000)
    #expect(salary < 34_000)
    // The SGI ceiling: 10 prisbasbelopp × 0,97 × 0,80 a year.
    #expect(abs(try value("benefitRules[sjukpenning].monthlyCeiling") - 10 * pbb * 0.97 * 0.80 / 12) < 0.005)
  }

  /// se-2016 is the reproduction model: its values must not move (METHOD.md's figures come from it).
  @Test func se2016ValuesUnchanged() throws {
    let model = try ModelDocument.decode(Array(try Self.text("se-2016").utf8), file: "se-2016.json")
    let values = Dictionary(uniqueKeysWithValues: model.numericParameters.map { ($0.path, $0.value) })
    #expect(values["labour.averageMonthlySalary"] == 32_800)
    #expect(values["taxes.municipalRate"] == 0.2075 && values["taxes.regionalRate"] == 0.1135)
    #expect(values["taxes.stateThresholdAnnual"] == 430_200)
    #expect(values["states[forsorjningsstod].benefit.monthlyAmount"] == 7227.73)
    #expect(values["states[aktivitetsstod].benefit.monthlyAmount"] == 4906)
    #expect(values["states[arbete].work.monthlySalary"] == 23_200)
    #expect(model.numericParameters.count == 62)  // 61 values, and comparison.minimumPeers
  }
}
