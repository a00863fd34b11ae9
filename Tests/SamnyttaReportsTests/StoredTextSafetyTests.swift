import Foundation
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaStore
import SamnyttaTestSupport
import Testing

/// Names in the database came from files anyone could write: `db list`, `db show`, `rank` and
/// `norms` print them visibly, and `rank --format csv` writes them as text a spreadsheet will not run.
@Suite struct StoredTextSafetyTests {
  static let document = DocumentSummary(
    id: 7, sha256: String(repeating: "0", count: 64), kind: .full, name: "=HYPERLINK(\"http://x\")\u{1B}[2J",
    association: "Förbundet\u{202E}", year: 2024, classGroup: "primary/x\u{9B}", participants: 3, addedAt: "2025-01-01T00:00:00Z", byteCount: 1)
  static let run = StoredRun(
    id: 1, documentID: 7, modelID: "se-2025", priceYear: 2025, convention: "payoff", engineVersion: "t", runAt: "2025-01-01T00:00:00Z",
    resultJSON: "{}\n",
    figures: RunFigures(
      potentialBefore: 1, revenue: 1, cost: 1, paybackMonths: 12, verkningsgrad: 50, costPerVerkningsgrad: 10, returnPerKrona: 1, participants: 3))

  func isSafe(_ text: String) -> Bool {
    !text.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}") }
  }

  @Test func dbListAndShowPrintNamesVisibly() {
    let list = DatabaseListing.text([Self.document], databasePath: "x.db")
    #expect(isSafe(list))
    #expect(
      list.hasSuffix("\t2024\tmodellens\tprimärt arbetsmarknad, x\\u{9B}\t3\t=HYPERLINK(\"http://x\")\\u{1B}[2J (Förbundet\\u{202E})\n"), "\(list)")
    let show = DatabaseListing.text(StoredDocument(summary: Self.document, bytes: Data(), compact: nil, latestRun: Self.run))
    #expect(isSafe(show))
    #expect(show.contains("\\u{1B}[2J (Förbundet\\u{202E})"))
    #expect(isSafe(DatabaseListing.text(StoredDocument(summary: Self.document, bytes: Data(), compact: nil, latestRun: Self.run), .en)))
  }

  @Test func rankPrintsNamesVisiblyAndWritesThemAsInertCSVText() {
    let text = RankTable.text([(Self.document, Self.run)], .en)
    #expect(isSafe(text))
    #expect(text.contains("=HYPERLINK(\"http://x\")\\u{1B}[2J, Förbundet\\u{202E}"))
    let csv = RankTable.csv([(Self.document, Self.run)]).rendered(.comma)
    #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\u{1B}[2J\","))
  }

  @Test func normsPrintNamesAndClassesVisibly() {
    let peers = PeerGroup.choose(for: Self.document.classGroup ?? "-", among: [], minimum: 5)
    let deviation = NormsTables.Deviation(
      entry: (Self.document, Self.run), peers: peers, reference: nil, priceYear: 2026, model: "se-2026", amountsUnknown: [])
    let text = NormsTables.deviationText(deviation, .en)
    #expect(isSafe(text))
    #expect(text.contains("x\\u{9B}"))
    let groups = NormsTables.text(
      [ClassNorms(classGroup: "x\u{1B}", count: 1, summaryCount: 0, documentIDs: [7], figures: [:])], priceYear: 2026, model: "se-2026",
      flagged: 0, .en)
    #expect(isSafe(groups))
    #expect(groups.contains("x\\u{1B}"))
  }
}
