import Foundation
import SamnyttaTestSupport
import Testing

/// `samnytta import`: a spreadsheet's participants into an input file or the database.
@Suite struct ImportCommandTests {
  static let template = "Docs/examples/participants-template.csv"
  static let metadata = ["--name", "Mallinsats", "--association", "Samordningsförbundet Exempel", "--cost", "600000"]

  func json(_ path: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
  }

  @Test func theTemplateImportsValidatesAndEvaluates() throws {
    let directory = try TemporaryDirectory()
    let out = directory.path("mall.json")
    let imported = try CLI.run(["import", Self.template, "--into", out] + Self.metadata)
    #expect(imported.status == 0, "\(imported)")
    #expect(imported.out == "importerade 4 deltagarposter från \(Self.template) till \(out)\n")

    let validated = try CLI.run(["validate", out])
    #expect(validated.status == 0 && validated.out == "\(out): inga fel\n", "\(validated)")
    let evaluated = try CLI.run(["evaluate", out, "--format", "json"])
    #expect(evaluated.status == 0, "\(evaluated)")
    let result = try #require(try JSONSerialization.jsonObject(with: evaluated.stdout) as? [String: Any])
    #expect(result["participants"] as? Int == 7)
    #expect(result["records"] as? Int == 4)

    // What the template's Swedish spellings became.
    let document = try json(out)
    let participants = try #require(document["participants"] as? [[String: Any]])
    #expect(participants.map { $0["id"] as? String } == ["D001", "D002", "D003", "D004"])
    let d002 = participants[1]
    let before = try #require((d002["before"] as? [String: Any])?["spells"] as? [[String: Any]])
    #expect(before.first?["state"] as? String == "sjukpenning")
    #expect(before.first?["monthlyAmount"] as? Double == 17000.5)
    #expect(before.first?["extent"] as? Double == 0.5)
    let after = try #require((d002["after"] as? [String: Any])?["spells"] as? [[String: Any]])
    #expect(after.first?["subsidyShare"] as? Double == 0.6)
    #expect(participants[2]["household"] as? String == "ensamstående; med barn")
    #expect(participants[2]["count"] as? Int == 3)
    #expect(document["cost"] as? [String: Int] == ["total": 600000])

    // Sorted keys and the same bytes on a second run.
    let first = try Data(contentsOf: URL(fileURLWithPath: out))
    let again = try CLI.run(["import", Self.template, "--into", out])
    #expect(again.status == 0, "\(again)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == first)
    #expect(String(decoding: first, as: UTF8.self).hasPrefix("{\n  \"association\": "))
  }

  @Test func anExistingDocumentKeepsEverythingButItsParticipants() throws {
    let directory = try TemporaryDirectory()
    let original = try Data(contentsOf: PackageRoot.url(GoldenTests.typfall))
    let out = try directory.write("typfall.json", original)
    let result = try CLI.run(["import", Self.template, "--into", out, "--year", "2025"])
    #expect(result.status == 0, "\(result)")
    let document = try json(out)
    let before = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
    for key in ["name", "association", "period", "classification", "cost", "formatVersion"] {
      #expect((document[key] as? NSObject) == (before[key] as? NSObject), "\(key) changed")
    }
    #expect(document["year"] as? Int == 2025)
    #expect((document["participants"] as? [[String: Any]])?.count == 4)
    #expect(try CLI.run(["validate", out]).status == 0)
  }

  @Test func straightIntoTheDatabase() throws {
    let directory = try TemporaryDirectory()
    let db = directory.path("evaluations.sqlite")
    let added = try CLI.run(["import", Self.template, "--base", GoldenTests.typfall, "--db-add", "--db", db])
    #expect(added.status == 0, "\(added)")
    #expect(added.out.hasPrefix("lade till 1: Typfallsutvärdering"))
    let list = try CLI.run(["db", "list", "--db", db])
    #expect(list.out.split(separator: "\n").count == 2)  // the header and one evaluation
    #expect(list.out.contains("\t7\tTypfallsutvärdering"))

    // The same sheet again, corrected: a new version of the same evaluation, not a second one.
    let corrected = directory.path("corrected.csv")
    try String(decoding: try Data(contentsOf: URL(fileURLWithPath: Self.template)), as: UTF8.self)
      .replacingOccurrences(of: ";25000;", with: ";27000;").write(toFile: corrected, atomically: true, encoding: .utf8)
    let again = try CLI.run(["import", corrected, "--base", GoldenTests.typfall, "--db-add", "--db", db])
    #expect(again.status == 0 && again.out.contains("lade till 2: Typfallsutvärdering") && again.out.contains("version 2"), "\(again)")
    let unchanged = try CLI.run(["import", corrected, "--base", GoldenTests.typfall, "--db-add", "--db", db], environment: CLI.english)
    #expect(unchanged.status == 65 && unchanged.err.contains("already stored"), "\(unchanged)")
    let versions = try CLI.run(["db", "list", "--db", db])
    #expect(versions.out.hasPrefix("id\tversioner\t") && versions.out.contains("2\t2\t2024\t") && !versions.out.contains("\n1\t"), "\(versions)")
    let history = try CLI.run(["db", "history", "1", "--db", db])
    #expect(history.out.contains("version 2  id 2") && history.out.contains("Intäkter år 1 ") && history.out.contains("Verkningsgrad "), "\(history)")
    let first = try CLI.run(["db", "show", "2", "--version", "1", "--db", db])
    #expect(first.out.hasPrefix("1: ") && first.out.contains("version 1 av 2"), "\(first)")
    #expect(try CLI.run(["db", "show", "2", "--version", "3", "--db", db]).status == 65)
    let ranked = try CLI.run(["rank", "--db", db, "--format", "csv", "--csv-dialect", "comma"])
    #expect(ranked.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2, "\(ranked)")  // the latest version only

    // From options alone, into the database and a file at once.
    let out = directory.path("new.json")
    let both = try CLI.run(["import", Self.template, "--db-add", "--db", db, "--into", out] + Self.metadata)
    #expect(both.status == 0, "\(both)")
    #expect(both.out.contains("lade till 3: Mallinsats"))
    #expect(FileManager.default.fileExists(atPath: out))
  }

  @Test func aBadFileWritesNothingAndReportsEveryRow() throws {
    let directory = try TemporaryDirectory()
    let csv = try directory.write(
      "bad.csv",
      "\u{FEFF}deltagare;period;försörjning;månader;omfattning\r\nP1;före;Försörjningsstöd;12;\r\nP1;efter;arbete;13,5;\r\nP2;före;fiskare;12;\r\nP2;efter;arbete;12;150\r\n"
    )
    let existing = try directory.write("existing.json", "{\"keep\": true}\n")
    let fresh = directory.path("fresh.json")
    let db = directory.path("db.sqlite")
    for target in [["--into", existing], ["--into", fresh] + Self.metadata, ["--db-add", "--db", db] + Self.metadata] {
      let result = try CLI.run(["import", csv] + target, environment: CLI.english)
      #expect(result.status == 65, "\(result)")
      #expect(result.out.isEmpty)
      let lines = result.err.split(separator: "\n")
      #expect(lines.count == 3, "\(result.err)")
      #expect(lines.first == "error: \(csv):3: column 'månader': '13,5' is not a number of months above 0 and at most 12")
      #expect(result.err.contains("error: \(csv):4: column 'försörjning': unknown state 'fiskare'"))
      #expect(result.err.contains("error: \(csv):5: column 'omfattning': '150' is not a percentage"))
    }
    #expect(try String(contentsOfFile: existing, encoding: .utf8) == "{\"keep\": true}\n")
    #expect(!FileManager.default.fileExists(atPath: fresh))
    #expect(!FileManager.default.fileExists(atPath: db))
  }

  @Test func aDocumentThatWouldNotValidateIsNotWritten() throws {
    let directory = try TemporaryDirectory()
    let text = #"{"formatVersion": 1, "name": "X", "association": "Y", "cost": {"total": 5, "byType": {"a": 4}}, "participants": []}"#
    let base = try directory.write("base.json", text)
    let result = try CLI.run(["import", Self.template, "--into", base], environment: CLI.english)
    #expect(result.status == 65)
    #expect(result.err == "error: \(base) (not written): $.cost.byType: sums to 4 kr but total is 5 kr\n")
    let swedish = try CLI.run(["import", Self.template, "--into", base])
    #expect(swedish.err == "fel: \(base) (inte skriven): $.cost.byType: summan är 4 kr men totalen är 5 kr\n")
    #expect(try String(contentsOfFile: base, encoding: .utf8) == text)
  }

  /// A personnummer in a cell or in the document's metadata is refused, written nowhere, and not
  /// repeated in the message.
  @Test func aPersonnummerIsRefusedAndNotRepeated() throws {
    let directory = try TemporaryDirectory()
    let csv = try directory.write(
      "pnr.csv", "deltagare;period;försörjning;månader;kön\nP1;före;arbete;12;K\nP1;efter;arbete;12;K 850101\u{2013}1234\n")
    let out = directory.path("out.json")
    let cell = try CLI.run(["import", csv, "--into", out] + Self.metadata, environment: CLI.english)
    #expect(cell.status == 65)
    #expect(cell.err.hasPrefix("error: \(csv):3: column 'kön': looks like a Swedish personal identity number (personnummer)"), "\(cell.err)")
    #expect(!cell.err.contains("1234"))
    let name = try CLI.run(
      ["import", Self.template, "--into", out, "--name", "Insats för 19850101-1234", "--association", "A", "--cost", "1"], environment: CLI.english)
    #expect(name.status == 65)
    #expect(name.err.hasPrefix("error: \(out) (not written): $.name: looks like a Swedish personal identity number"), "\(name.err)")
    #expect(!name.err.contains("1234"))
    let swedish = try CLI.run(["import", csv, "--into", out] + Self.metadata)
    #expect(swedish.err.hasPrefix("fel: \(csv):3: kolumn 'kön': ser ut som ett personnummer"), "\(swedish.err)")
    #expect(!swedish.err.contains("1234"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func missingFilesAndMissingOptions() throws {
    let directory = try TemporaryDirectory()
    let missing = try CLI.run(["import", directory.path("nope.csv"), "--into", directory.path("x.json")] + Self.metadata, environment: CLI.english)
    #expect(missing.status == 66)
    #expect(missing.err.contains("nope.csv: no such file"))

    let new = directory.path("new.json")
    let noMetadata = try CLI.run(["import", Self.template, "--into", new, "--name", "N"])
    #expect(noMetadata.status == 64)
    #expect(noMetadata.err.contains("\(new) finns inte, så ett nytt dokument skapas; det behöver --association TEXT, --cost KR"))
    #expect(!FileManager.default.fileExists(atPath: new))

    let nothing = try CLI.run(["import", Self.template])
    #expect(nothing.status == 64)
    #expect(nothing.err.contains("inget att göra"))

    let badCost = try CLI.run(["import", Self.template, "--into", new, "--name", "N", "--association", "A", "--cost", "12,345"])
    #expect(badCost.status == 64)
    #expect(badCost.err.contains("ogiltigt värde '12,345' för '--cost'"))
  }

  @Test func aSummaryDocumentCannotTakeParticipants() throws {
    let directory = try TemporaryDirectory()
    let text = #"{"formatVersion": 1, "kind": "summary", "name": "S", "association": "A", "participants": 3, "revenue": 1, "cost": 1}"#
    let base = try directory.write("s.json", text)
    let result = try CLI.run(["import", Self.template, "--into", base], environment: CLI.english)
    #expect(result.status == 65)
    #expect(result.err.contains("$.kind: a summary document has no participants to import into"))
    #expect(try String(contentsOfFile: base, encoding: .utf8) == text)
  }
}
