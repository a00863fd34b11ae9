import Foundation
import SamnyttaTestSupport
import Testing

/// Summaries and evaluations with extreme figures once trapped (SIGILL) in `validate`, `evaluate`
/// and `db add` (issue 9); each is now refused with exit 65, naming the field and the limit.
@Suite struct ExtremeFigureTests {
  static let published = #"{"formatVersion": 1, "kind": "summary", "name": "x", "association": "y", "published": "#
  static let aggregates =
    #"{"formatVersion": 1, "kind": "summary", "name": "x", "association": "y", "participants": 19, "revenue": 3600000, "cost": 2200000, "published": "#

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var path: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "cost per verkningsgrad 1e16", text: published + #"{"verkningsgrad": 12, "paybackMonths": 12, "costPerVerkningsgrad": 1e16}}"#,
      path: "$.published.costPerVerkningsgrad"),
    Case(
      name: "verkningsgrad 1e16", text: published + #"{"verkningsgrad": 1e16, "paybackMonths": 12, "costPerVerkningsgrad": 5800}}"#,
      path: "$.published.verkningsgrad"),
    Case(
      name: "payback 5e-324", text: published + #"{"verkningsgrad": 12, "paybackMonths": 5e-324, "costPerVerkningsgrad": 5800}}"#,
      path: "$.published.paybackMonths"),
    Case(
      name: "tiny payback", text: published + #"{"verkningsgrad": 12, "paybackMonths": 1e-9, "costPerVerkningsgrad": 5800}}"#,
      path: "$.published.paybackMonths"),
    Case(name: "verkningsgrad 1e-9 with aggregates", text: aggregates + #"{"verkningsgrad": 1e-9}}"#, path: "$.published.verkningsgrad"),
    Case(
      name: "ten million participants of a published row",
      text:
        #"{"formatVersion": 1, "kind": "summary", "name": "x", "association": "y", "participants": 10000000, "published": {"verkningsgrad": 12, "paybackMonths": 12, "costPerVerkningsgrad": 58000000}}"#,
      path: "$.published.costPerVerkningsgrad"),
  ]

  @Test(arguments: cases)
  func refusedNotTrapped(_ input: Case) throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("extreme.json", input.text)
    for arguments in [["validate", path], ["evaluate", path], ["db", "add", path, "--db", directory.path("e.sqlite")]] {
      let result = try CLI.run(arguments, environment: CLI.english)
      #expect(result.status == 65, "\(arguments[0]): \(result)")
      #expect(result.err.contains(input.path), "\(arguments[0]): \(result.err)")
      #expect(result.err.contains("1000000000000000") || result.err.contains("at most"), "\(arguments[0]): \(result.err)")
    }
  }

  /// A hundred care entries, each in range, for ten million people would overflow the totals.
  @Test func hostileEvaluationIsRefused() throws {
    let directory = try TemporaryDirectory()
    let care = Array(repeating: #"{"type": "slutenvardsdygn_somatik", "count": 10000}"#, count: 100).joined(separator: ", ")
    let text = variant(#""care": [ { "type": "lakarbesok_primarvard", "count": 2 } ]"#, #""care": [\#(care)]"#)
      .replacingOccurrences(of: #""id": "p1","#, with: #""id": "p1", "count": 10000000,"#)
    let path = try directory.write("hostile.json", text)
    for command in ["validate", "evaluate"] {
      let result = try CLI.run([command, path], environment: CLI.english)
      #expect(result.status == 65, "\(command): \(result)")
      #expect(result.err.contains("$.participants[0]: brings the evaluation's amounts to about"), "\(command): \(result.err)")
      #expect(result.err.contains("below 1000000000000000 kr"), "\(command): \(result.err)")
    }
  }

  /// The bounds themselves are accepted and evaluated.
  @Test func theBoundsAreAccepted() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "bounds.json", Self.published + #"{"verkningsgrad": 100, "paybackMonths": 1200, "costPerVerkningsgrad": 5800, "returnPerKrona": 1000000}}"#)
    for command in ["validate", "evaluate"] {
      let result = try CLI.run([command, path])
      #expect(result.status == 0, "\(command): \(result)")
    }
  }
}
