import Foundation
import FoundationXML
import SamnyttaTestSupport
import Testing

/// `samnytta portfolio`: the association's year from the shipped examples (issue 13).
@Suite struct PortfolioTests {
  static let association = "Samordningsförbundet Exempel"

  /// A database with every shipped example, and a version 2 of the typfall evaluation whose records
  /// give exit reasons (A 6 → 1, B 4 → 2, C 5 → 2, D 5 → 3) and in which B's 4 are of a third sex
  /// value, a group below the minimum of 5.
  func database(_ directory: TemporaryDirectory) throws -> String {
    let db = directory.path("e.sqlite")
    #expect(try CLI.run(["db", "add"] + BoardComparisonTests.everything + ["--db", db]).status == 0)
    let url = PackageRoot.url("Docs/examples/typfall-trampolinen.json")
    var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    var participants = try #require(document["participants"] as? [[String: Any]])
    for (i, reason) in [1, 2, 2, 3].enumerated() { participants[i]["exitReason"] = reason }
    participants[1]["sex"] = "annat"
    document["participants"] = participants
    let changed = try directory.write("typfall-v2.json", try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]))
    let added = try CLI.run(["db", "add", changed, "--db", db])
    #expect(added.status == 0 && added.out.contains("version 2"), "\(added)")
    return db
  }

  func run(_ arguments: [String], db: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let result = try CLI.run(
      ["portfolio", "--association", Self.association, "--year", "2024", "--db", db] + arguments, sourceLocation: sourceLocation)
    #expect(result.status == 0 && result.err.isEmpty, "\(result)", sourceLocation: sourceLocation)
    return result.out
  }

  /// The CSV's rows by kind, each as header → cell.
  func rows(_ csv: String) -> [[String: String]] {
    let lines = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    guard let header = lines.first else { return [] }
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
  }

  @Test func totalsAreTheSumOfTheInterventionsAtOnePriceYear() throws {
    let directory = try TemporaryDirectory()
    let db = try database(directory)
    let rows = rows(try run(["--format", "csv", "--csv-dialect", "comma", "--csv-headers", "keys", "--model", "se-2025"], db: db))
    let interventions = rows.filter { $0["kind"] == "full" || $0["kind"] == "summary" }
    let total = try #require(rows.first { $0["kind"] == "total" })
    // The two evaluations of the association in 2024, each once, the typfall in its version 2.
    #expect(interventions.count == 2, "\(rows)")
    #expect(interventions.map { $0["version"] } == ["1", "2"])
    #expect(total["participants"] == "62")
    for key in ["cost", "revenue", "profitability_year_1"] {
      let sum = interventions.compactMap { Double($0[key] ?? "") }.reduce(0, +)
      let stated = try #require(Double(total[key] ?? ""))
      #expect(abs(sum - stated) <= 1, "\(key): \(sum) vs \(stated)")
    }
    // verkningsgrad and payback from the sums, not a mean: 12 × ΣC / ΣR.
    let payback = try #require(Double(total["payback_months"] ?? ""))
    let cost = try #require(Double(total["cost"] ?? ""))
    let revenue = try #require(Double(total["revenue"] ?? ""))
    #expect(abs(payback - 12 * cost / revenue) < 0.001)
    // Exit reasons counted from the records; the realistic example gives none.
    let typfall = interventions[1]
    #expect(
      typfall["exit_reason_1"] == "6" && typfall["exit_reason_2"] == "9" && typfall["exit_reason_3"] == "5" && typfall["exit_reason_not_given"] == "0"
    )
    #expect(total["exit_reason_2"] == "9" && total["exit_reason_not_given"] == "42")
    // The national reference, per participant, of unknown price year.
    let reference = try #require(rows.first { $0["kind"] == "national_reference" })
    #expect(reference["cost_per_participant"] == "82000.0000" && reference["amounts_at_price_year_2025"] == "no", "\(reference)")
  }

  /// B's 4 participants of a third sex value are hidden, with the cells that would give them away.
  @Test func smallGroupsAreHiddenWithTheCellsThatWouldRevealThem() throws {
    let directory = try TemporaryDirectory()
    let db = try database(directory)
    let rows = rows(try run(["--format", "csv", "--csv-dialect", "comma", "--csv-headers", "keys"], db: db))
    let typfall = try #require(rows.first { $0["version"] == "2" })
    let total = try #require(rows.first { $0["kind"] == "total" })
    #expect(typfall["sex_annat"] == "<5" && typfall["sex_man"] == "–" && typfall["sex_kvinna"] == "11", "\(typfall)")
    #expect(total["sex_annat"] == "<5" && total["sex_man"] == "–" && total["sex_kvinna"] == "31", "\(total)")
    let markdown = try run(["--format", "md"], db: db)
    #expect(markdown.contains("Grupper med färre än 5 deltagare visas som &lt;5"))
    #expect(markdown.contains("Utskrivning till fortsatt rehabilitering") && markdown.contains("SUS (Sektorsövergripande system"))
    #expect(!markdown.contains("| 4 |"), "a group of 4 is shown somewhere")
    // No small total among the exit reasons: the summary may say how many have one.
    #expect(markdown.contains("20 deltagare har en angiven avslutsorsak"))
    // The summary names women and men only when the table shows both (here the men are hidden).
    #expect(!markdown.contains("kvinnor och") && markdown.contains("| **Totalt** | **&lt;5** | **31** | **–** | **62** |"), "\(markdown)")
  }

  @Test func htmlIsWellFormedAndSaysWhatItCompares() throws {
    let directory = try TemporaryDirectory()
    let db = try database(directory)
    for language in ["sv", "en"] {
      let html = try run(["--lang", language], db: db)
      let parser = XMLParser(data: Data(html.utf8))
      #expect(parser.parse() && parser.parserError == nil, "line \(parser.lineNumber): \(String(describing: parser.parserError))")
      for id in ["summary", "interventions", "reference", "participants", "support", "exits", "appendix"] {
        #expect(html.contains("<section id=\"\(id)\">"), "section \(id) missing")
      }
      #expect(!html.contains("NaN") && !html.contains("<script"))
    }
    let sv = try run([], db: db)
    #expect(sv.contains("prisnivå 2026") && sv.contains("13,6\u{00A0}%") && sv.contains("procentenheter"))
    #expect(try run([], db: db) == sv, "deterministic")
  }

  @Test func xlsxIsAWorkbookAndErrorsAreClear() throws {
    let directory = try TemporaryDirectory()
    let db = try database(directory)
    let out = directory.path("p.xlsx")
    _ = try run(["--format", "xlsx", "--out", out], db: db)
    #expect(try Data(contentsOf: URL(fileURLWithPath: out)).prefix(2) == Data("PK".utf8))
    let none = try CLI.run(["portfolio", "--association", Self.association, "--year", "2019", "--db", db], environment: CLI.english)
    #expect(none.status == 65 && none.err.contains("no stored evaluation"), "\(none)")
    // "Förbund" matches two associations: named, nothing reported; the one spelled in full is taken.
    var summaries: [String] = []
    for name in ["Förbund A", "Förbund AB"] {
      summaries.append(
        try directory.write(
          "\(name).json",
          #"{"formatVersion": 1, "kind": "summary", "name": "S", "association": "\#(name)", "year": 2020, "priceYear": 2020, "participants": 10, "potential": 6000000, "revenue": 1200000, "cost": 800000}"#
        ))
    }
    #expect(try CLI.run(["db", "add"] + summaries + ["--db", db]).status == 0)
    let ambiguous = try CLI.run(["portfolio", "--association", "förbund", "--year", "2020", "--db", db], environment: CLI.english)
    #expect(ambiguous.status == 65 && ambiguous.err.contains("matches 2 associations"), "\(ambiguous)")
    let exact = try CLI.run(["portfolio", "--association", "förbund a", "--year", "2020", "--format", "md", "--db", db])
    #expect(exact.status == 0 && exact.out.contains("Förbund A 2020") && exact.out.contains("Inga av årets insatser har deltagarposter"), "\(exact)")
    let usage = try CLI.run(["portfolio", "--year", "2024", "--db", db])
    #expect(usage.status == 64 && usage.err.contains("--association"))
    #expect(try CLI.run(["portfolio", "--association", "x", "--year", "tjugo", "--db", db]).status == 64)
    #expect(try CLI.run(["portfolio", "--association", "x", "--year", "2024", "--format", "json", "--db", db]).status == 64)
  }
}
