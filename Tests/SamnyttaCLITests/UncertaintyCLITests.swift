import Foundation
import SamnyttaTestSupport
import Testing

/// `evaluate --uncertainty`: the same seed gives the same bytes, record order changes no byte, and
/// the options are checked.
@Suite struct UncertaintyCLITests {
  static let file = "Docs/examples/realistic-42-participants.json"

  func run(_ arguments: [String]) throws -> String {
    let result = try CLI.run(arguments)
    #expect(result.status == 0, "\(arguments): \(result.err)")
    return result.out
  }

  @Test func theSameSeedGivesTheSameBytes() throws {
    let arguments = ["evaluate", Self.file, "--format", "json", "--no-participants", "--uncertainty", "--draws", "60", "--seed", "7"]
    let first = try run(arguments)
    #expect(first.contains("\"uncertainty\""))
    #expect(try run(arguments) == first)
    #expect(try run(arguments.dropLast() + ["8"]) != first)
  }

  @Test func shuffledRecordsGiveTheSameBytes() throws {
    let directory = try TemporaryDirectory()
    let data = try Data(contentsOf: PackageRoot.url(Self.file))
    var document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    var participants = try #require(document["participants"] as? [Any])
    var generator = SystemRandomNumberGenerator()
    participants.shuffle(using: &generator)
    participants.reverse()
    document["participants"] = participants
    let shuffled = try directory.write("shuffled.json", try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]))
    for format in ["json", "text"] {
      let tail = ["--format", format, "--no-participants", "--uncertainty", "--draws", "50"]
      #expect(try run(["evaluate", shuffled] + tail) == (try run(["evaluate", Self.file] + tail)), "\(format)")
    }
  }

  @Test func theTextShowsIntervalsAndTheSources() throws {
    let text = try run(["evaluate", Self.file, "--uncertainty", "--draws", "40", "--level", "80"])
    #expect(text.contains("Osäkerhet (80 % intervall, 40 dragningar, frö 1"))
    #expect(text.contains("Endast urval: lönsamhet 5 år ["))
    #expect(text.contains("Endast parametrar: lönsamhet 5 år ["))
    #expect(text.contains("Brytpunkter (samhället)"))
    #expect(text.contains("Intäkterna kan falla med "))
  }

  @Test func theLevelNamesThePercentiles() throws {
    let json = try run(["evaluate", Self.file, "--format", "json", "--no-participants", "--uncertainty", "--draws", "20", "--level", "95"])
    #expect(json.contains("\"p025\"") && json.contains("\"p975\"") && json.contains("\"p50\""))
    #expect(!json.contains("\"p05\""))
  }

  @Test(arguments: [
    ["--draws", "10"], ["--uncertainty", "--draws", "0"], ["--uncertainty", "--draws", "ten"], ["--uncertainty", "--seed", "-1"],
    ["--uncertainty", "--level", "100"], ["--uncertainty", "--level", "0"], ["--seed", "3"], ["--uncertainty", "--format", "csv"],
  ])
  func badOptionsAreUsageErrors(_ options: [String]) throws {
    let result = try CLI.run(["evaluate", Self.file] + options)
    #expect(result.status == 64, "\(options): \(result.err)")
  }

  @Test func aSummaryHasNoRecordsToResample() throws {
    let published = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.url("Docs/examples/published").path).sorted()
    let file = "Docs/examples/published/" + (try #require(published.first { $0.hasSuffix(".json") }))
    let result = try CLI.run(["evaluate", file, "--uncertainty"])
    #expect(result.status == 64)
    #expect(result.err.contains("behöver deltagarposter"))
  }

  @Test func theReportGainsTheSectionOsakerhet() throws {
    let md = try run(["report", Self.file, "--format", "md", "--uncertainty", "--draws", "30"])
    #expect(md.contains(". Osäkerhet\n"))
    #expect(md.contains("| Nyckeltal och källa | Percentil 5 (nedre) | Median | Percentil 95 (övre) |"))
    #expect(md.contains("**Lönsamhet 5 år med parametern i sitt lägsta och högsta värde**"))
    let osakerhet = try #require(md.range(of: ". Osäkerhet\n"))
    #expect(md[osakerhet.upperBound...].contains(". Jämförelse med likartade insatser"), "the comparison follows the uncertainty section")
    let html = try run(["report", Self.file, "--uncertainty", "--draws", "30"])
    #expect(html.contains("Tornadodiagram"))
    #expect(!(try run(["report", Self.file, "--format", "md"])).contains("Osäkerhet"))
  }

  @Test func aBatchStoresTheAnalysisWithEachRun() throws {
    let directory = try TemporaryDirectory()
    let db = directory.path("u.sqlite")
    #expect(try CLI.run(["db", "add", Self.file, "--db", db]).status == 0)
    #expect(try CLI.run(["batch", "--db", db, "--uncertainty", "--draws", "20"]).status == 0)
    let shown = try CLI.run(["db", "show", "1", "--db", db])
    #expect(shown.status == 0)
    #expect(shown.out.contains("\"uncertainty\": {") && shown.out.contains("\"draws\": 20"))
    #expect(try CLI.run(["batch", "--db", db, "--level", "80"]).status == 64)
  }
}
