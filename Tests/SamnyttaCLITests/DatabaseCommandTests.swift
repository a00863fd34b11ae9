import Foundation
import Testing

/// The database commands end to end, each test with its own database file.
@Suite struct DatabaseCommandTests {
  @Test func addListExportRankAndRefuseDuplicates() throws {
    let directory = try TemporaryDirectory()
    let db = directory.url.appendingPathComponent("evaluations.sqlite").path
    let seed = "Docs/examples/seed-8000-to-23000.json"
    let added = try CLI.run(["db", "add", seed, "Docs/examples/typfall-trampolinen.json", "--db", db])
    #expect(added.status == 0, "\(added.err)")
    #expect(added.out.contains("added 1:") && added.out.contains("added 2:"))

    // The same document again: refused, nothing added.
    let again = try CLI.run(["db", "add", "Docs/examples/realistic-42-participants.json", seed, "--db", db])
    #expect(again.status == 65)
    #expect(again.err.contains("already stored"))
    let list = try CLI.run(["db", "list", "--db", db])
    #expect(list.out.split(separator: "\n").count == 2)

    let exported = try CLI.run(["db", "export", "1", "--db", db])
    let original = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent(seed).path, encoding: .utf8)
    #expect(exported.out == original)

    let batch = try CLI.run(["batch", "--model", "se-2016", "--db", db])
    #expect(batch.status == 0 && batch.out.contains("2 evaluations"))
    let rank = try CLI.run(["rank", "--format", "csv", "--db", db])
    #expect(rank.out.hasPrefix("\u{FEFF}rank;id;name;"))
    #expect(rank.out.split(separator: "\r\n").count == 3)
  }

  @Test func refusesAFileThatIsNotADatabase() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("notes.sqlite", "just some text\n")
    let result = try CLI.run(["db", "list", "--db", path])
    #expect(result.status == 65)
    #expect(result.err.contains("not a Samnytta evaluation database"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "just some text\n")
  }
}
