import Foundation
import SamnyttaTestSupport
import Testing

/// The database commands end to end, each test with its own database file.
@Suite struct DatabaseCommandTests {
  @Test func addListExportRankAndRefuseDuplicates() throws {
    let directory = try TemporaryDirectory()
    let db = directory.url.appendingPathComponent("evaluations.sqlite").path
    let seed = "Docs/examples/forsorjningsstod-8000-till-arbete-23000.json"
    let added = try CLI.run(["db", "add", seed, "Docs/examples/typfall-trampolinen.json", "--db", db])
    #expect(added.status == 0, "\(added.err)")
    #expect(added.out.contains("lade till 1:") && added.out.contains("lade till 2:"))

    // The same document again: refused, nothing added.
    let again = try CLI.run(["db", "add", "Docs/examples/realistic-42-participants.json", seed, "--db", db], environment: CLI.english)
    #expect(again.status == 65)
    #expect(again.err.contains("already stored"))
    let list = try CLI.run(["db", "list", "--db", db])
    #expect(list.out.split(separator: "\n").count == 3)  // the header and two evaluations

    let exported = try CLI.run(["db", "export", "1", "--db", db])
    let original = try String(contentsOfFile: PackageRoot.url(seed).path, encoding: .utf8)
    #expect(exported.out == original)

    let batch = try CLI.run(["batch", "--model", "se-2016", "--db", db])
    #expect(batch.status == 0 && batch.out.contains("2 utvärderingar omräknade med se-2016"))
    let rank = try CLI.run(["rank", "--format", "csv", "--csv-headers", "keys", "--db", db])
    #expect(rank.out.hasPrefix("\u{FEFF}rank;id;name;"))
    #expect(rank.out.split(separator: "\r\n").count == 3)
  }

  @Test func refusesAFileThatIsNotADatabase() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("notes.sqlite", "just some text\n")
    let result = try CLI.run(["db", "list", "--db", path], environment: CLI.english)
    #expect(result.status == 65)
    #expect(result.err.contains("not a Samnytta evaluation database"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "just some text\n")
  }
}

/// The seed's published interventions as summary entries, ranked, compared and normed beside full evaluations.
@Suite struct BoardCommandTests {
  static let published = [
    "arbetsmarknadstorget-skelleftea", "samordningsteam-sala", "tuna-rar", "jobbcoach-kungalv", "balder-molndal",
    "samordningsgruppen-helsingborg", "elsa-vanersborg",
  ].map { "Docs/examples/published/\($0).json" }

  func database() throws -> (TemporaryDirectory, String) {
    let directory = try TemporaryDirectory()
    let db = directory.url.appendingPathComponent("board.sqlite").path
    let added = try CLI.run(
      ["db", "add"] + Self.published + ["Docs/examples/typfall-trampolinen.json", "Docs/examples/realistic-42-participants.json", "--db", db])
    #expect(added.status == 0, "\(added.err)")
    return (directory, db)
  }

  @Test func rankReproducesTheSeedTableOrder() throws {
    let (directory, db) = try database()
    defer { withExtendedLifetime(directory) {} }
    // Seed 004, lines 523–529, by verkningsgrad: E.L.S.A. 29, Arbetsmarknadstorget 26, the typfall and the 42, Sala 16, Tuna 13, …
    let json = try CLI.run(["rank", "--by", "verkningsgrad", "--format", "json", "--class", "primary", "--db", db])
    #expect(json.status == 0, "\(json.err)")
    let names = json.out.split(separator: "\n").filter { $0.contains("\"name\":") }.map { $0.split(separator: "\"")[3] }
    #expect(names.first == "E.L.S.A.")
    #expect(
      names.filter { !$0.contains("xempel") && !$0.contains("Typfall") && !$0.contains("Samverkansteam") }
        == ["E.L.S.A.", "Arbetsmarknadstorget", "Samordningsteam Sala", "Tuna", "Jobbcoach", "Balder", "Samordningsgruppen"])
    let payback = try CLI.run(["rank", "--by", "payback", "--format", "csv", "--csv-dialect", "comma", "--csv-headers", "keys", "--db", db])
    let rows = payback.out.split(separator: "\r\n")
    #expect(rows.count == 10)
    // Shortest payback among the table rows: Jobbcoach, 5 months.
    #expect(rows.dropFirst().first { $0.contains("yes") }?.contains("Jobbcoach") == true)
    let text = try CLI.run(["rank", "--db", db])
    #expect(text.out.contains("[sammanfattning]") && !text.out.contains("[summary]") && text.out.contains("29,0 %"))
  }

  @Test func compareShowsFiguresPerPerspectiveSideBySide() throws {
    let (directory, db) = try database()
    defer { withExtendedLifetime(directory) {} }
    let text = try CLI.run(["compare", "1", "8", "--db", db])
    #expect(text.status == 0, "\(text.err)")
    #expect(text.out.contains("Samhället") && text.out.contains("Kommunen") && text.out.contains("[1]") && text.out.contains("[8]"))
    let csv = try CLI.run(["compare", "1", "8", "--format", "csv", "--csv-headers", "keys", "--db", db])
    #expect(csv.out.hasPrefix("\u{FEFF}perspective;figure;1;8\r\n"))
    // A summary has society's figures only: its cells for the municipality are empty.
    #expect(csv.out.contains("municipality;revenue;;"))
    let missing = try CLI.run(["compare", "1", "99", "--db", db])
    #expect(missing.status == 65 && missing.err.contains("99"))
    let bad = try CLI.run(["compare", "x", "--db", db])
    #expect(bad.status == 64)
  }

  @Test func normsGroupByClassAndCompareOneEvaluationWithTheOthers() throws {
    let (directory, db) = try database()
    defer { withExtendedLifetime(directory) {} }
    let json = try CLI.run(["norms", "--format", "json", "--db", db])
    #expect(json.status == 0, "\(json.err)")
    // The seven table rows (exclusion unknown) share groups by their resources; every document is in one group.
    #expect(json.out.contains("\"classGroup\": \"primary/traditional/unknown/"))
    let table = try CLI.run(["norms", "--id", "9", "--format", "csv", "--csv-dialect", "comma", "--csv-headers", "keys", "--db", db])
    #expect(table.status == 0, "\(table.err)")
    #expect(table.out.hasPrefix("figure,value,class_count,class_mean,deviation"))
    let text = try CLI.run(["norms", "--id", "9", "--lang", "en", "--db", db])
    #expect(text.out.contains("Compared with") || text.out.contains("No other evaluations"))
  }

  @Test func normsArithmeticOverTheTableRows() throws {
    let directory = try TemporaryDirectory()
    let db = directory.url.appendingPathComponent("seven.sqlite").path
    // Tuna and Jobbcoach: cost per participant 3 600 × 13 = 46 800 and 2 500 × 12 = 30 000 kr, both "small" resources in se-2026 (the default model).
    let added = try CLI.run(["db", "add", Self.published[2], Self.published[3], "--db", db])
    #expect(added.status == 0, "\(added.err)")
    let csv = try CLI.run(["norms", "--format", "csv", "--csv-dialect", "comma", "--csv-headers", "keys", "--db", db])
    let payback = csv.out.split(separator: "\r\n").first { $0.contains(",paybackMonths,") }
    // Mean and median of 7 and 5 months: 6; population standard deviation 1.
    #expect(payback == "primary/traditional/unknown/small,paybackMonths,2,6.00,6.00,5.00,7.00,1.00")
  }
}
