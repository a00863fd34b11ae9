import Foundation
import SamnyttaFormats
import SamnyttaTestSupport
import Testing

/// `samnytta` as an adapter other programs call: `-` reads standard input, `--out -` (or no
/// `--out`) writes standard output, and errors name standard input as `<stdin>`.
@Suite struct AdapterTests {
  static func example(_ name: String) throws -> Data { try Data(contentsOf: PackageRoot.url("Docs/examples/\(name)")) }

  @Test func evaluateValidateAndReportReadStandardInput() throws {
    let input = try Self.example("typfall-trampolinen.json")
    let fromFile = try CLI.run(["evaluate", "Docs/examples/typfall-trampolinen.json", "--format", "json"])
    let piped = try CLI.run(["evaluate", "-", "--format", "json", "--out", "-"], standardInput: input)
    #expect(piped.status == 0, "\(piped)")
    #expect(piped.out == fromFile.out)
    let validated = try CLI.run(["validate", "-"], standardInput: input)
    #expect(validated.status == 0 && validated.out == "<stdin>: inga fel\n", "\(validated)")
    let report = try CLI.run(["report", "-", "--format", "md", "--db", "/nonexistent-\(UUID().uuidString).sqlite"], standardInput: input)
    #expect(report.status == 66, "a named database that is missing is still refused: \(report)")
    let reported = try CLI.run(
      ["report", "-", "--format", "md", "--out", "-"], environment: ["SAMNYTTA_DB": "/nonexistent-\(UUID().uuidString).sqlite"], standardInput: input)
    #expect(reported.status == 0 && reported.out.contains("Typfall"), "\(reported)")
  }

  @Test func errorsNameStandardInput() throws {
    let broken = try CLI.run(["evaluate", "-"], standardInput: Data("{\"formatVersion\": 1,\n \"name\": 3}".utf8))
    #expect(broken.status == 65)
    #expect(broken.err.hasPrefix("fel: <stdin>:"), "\(broken.err)")
    let empty = try CLI.run(["validate", "-"])
    #expect(empty.status == 65 && empty.err.contains("<stdin>"), "\(empty)")
  }

  @Test func importAndDatabaseAddReadStandardInput() throws {
    let directory = try TemporaryDirectory()
    let csv = try Self.example("participants-template.csv")
    let imported = try CLI.run(
      ["import", "-", "--into", "-", "--name", "Insats", "--association", "Förbundet", "--cost", "100000"], standardInput: csv)
    #expect(imported.status == 0, "\(imported)")
    #expect(imported.out.hasPrefix("{"), "the document goes to standard output")
    #expect(imported.err == "importerade 4 deltagarposter från <stdin> till <stdout>\n")
    let db = directory.path("x.sqlite")
    let added = try CLI.run(["db", "add", "-", "--db", db], standardInput: imported.stdout)
    #expect(added.status == 0 && added.out.hasPrefix("lade till 1: Insats"), "\(added)")
  }

  @Test func importNotesIgnoredColumnsOnStandardError() throws {
    let directory = try TemporaryDirectory()
    let csv = "deltagare;period;försörjning;månader;handläggare\nP1;före;arbete;12;Eva\nP1;efter;arbete;12;Eva\n"
    let out = directory.path("d.json")
    let arguments = ["import", "-", "--into", out, "--name", "n", "--association", "a", "--cost", "0"]
    let result = try CLI.run(arguments, environment: CLI.english, standardInput: Data(csv.utf8))
    #expect(result.status == 0, "\(result)")
    #expect(result.err.hasPrefix("note: <stdin>:1: column 'handläggare' is not an import column and is ignored"), "\(result.err)")
    #expect(result.out == "imported 1 participant record from <stdin> into \(out)\n")
    let swedish = try CLI.run(arguments, standardInput: Data(csv.utf8))
    #expect(swedish.err.hasPrefix("anmärkning: <stdin>:1: kolumnen 'handläggare' är ingen importkolumn och hoppas över"), "\(swedish.err)")
    #expect(swedish.out == "importerade 1 deltagarpost från <stdin> till \(out)\n")
  }
}
