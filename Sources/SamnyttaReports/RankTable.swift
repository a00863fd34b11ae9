import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// The board table of seed 004 (lines 522–529): stored evaluations ranked by one key figure, as
/// JSON, CSV or a text table.
public enum RankTable {
  public typealias Entry = (document: DocumentSummary, run: StoredRun)

  /// Defined figures first, best first; then undefined ones; ties by id. An amount whose price
  /// year is unknown (`amountsUnknown`) cannot be set against the others: it ranks with the undefined.
  public static func ranking(_ entries: [Entry], by figure: KeyFigure, amountsUnknown: Set<Int64> = []) -> [Entry] {
    func key(_ e: Entry) -> Double? {
      if figure.isAmount && amountsUnknown.contains(e.document.id) { return nil }
      return figure.value(in: e.run.figures).map { figure.smallerIsBetter ? $0 : -$0 }
    }
    return entries.sorted { a, b in
      switch (key(a), key(b)) {
      case (let x?, let y?): x != y ? x < y : a.document.id < b.document.id
      case (.some, nil): true
      case (nil, .some): false
      case (nil, nil): a.document.id < b.document.id
      }
    }
  }

  /// Each ranked figure by its key (`null` when undefined), and why each undefined one is undefined.
  public static func json(_ ranked: [Entry], by figure: KeyFigure, priceYear: Int, amountsUnknown: Set<Int64> = []) -> JSONOutput {
    .object([
      "formatVersion": .integer(ResultJSON.formatVersion), "by": .string(figure.optionName), "priceYear": .integer(priceYear),
      "rows": .array(
        ranked.enumerated().map { i, e in
          var row: [String: JSONOutput] = [
            "rank": .integer(i + 1), "id": .integer(Int(e.document.id)), "name": .string(e.document.name),
            "association": .string(e.document.association), "summary": .bool(e.document.kind == .summary),
            "classGroup": e.document.classGroup.map(JSONOutput.string) ?? .null, "model": .string(e.run.modelID),
            "priceYearKnown": .bool(!amountsUnknown.contains(e.document.id)),
          ]
          var undefined: [String: JSONOutput] = [:]
          for f in KeyFigure.rankable {
            row[f.key] = f.value(in: e.run.figures).map { .ratio($0, decimals: ResultJSON.ratioDecimals) } ?? .null
            if let reason = f.undefinedReason(in: e.run.figures) { undefined[f.key] = .string(reason.rawValue) }
          }
          row["undefined"] = .object(undefined)
          return .object(row)
        }),
    ])
  }

  public static func csv(_ ranked: [Entry]) -> CSVTable {
    CSVTable(
      header: ["rank", "id", "name", "association", "summary", "class_group", "model"] + KeyFigure.rankable.map(\.csvHeader),
      rows: ranked.enumerated().map { i, e in
        [
          .integer(i + 1), .integer(Int(e.document.id)), .text(e.document.name), .text(e.document.association),
          .text(e.document.kind == .summary ? "yes" : "no"), .text(e.document.classGroup ?? ""), .text(e.run.modelID),
        ] + KeyFigure.rankable.map { f in .number(f.value(in: e.run.figures), decimals: f.decimals) }
      })
  }

  public static func text(_ ranked: [Entry], _ l: Language, amountsUnknown: Set<Int64> = [], priceLine: String? = nil) -> String {
    if ranked.isEmpty { return l == .sv ? "inga utvärderingar med resultat\n" : "no evaluations with results\n" }
    let header =
      l == .sv
      ? ["#", "id", "verkningsgrad", "återbetalning", "kostnad/verkningsgrad", "insats"]
      : ["#", "id", "verkningsgrad", "payback", "cost/point", "intervention"]
    var rows = [header]
    for (i, e) in ranked.enumerated() {
      let figures: [KeyFigure] = [.verkningsgrad, .paybackMonths, .costPerVerkningsgrad]
      rows.append(
        [String(i + 1), String(e.document.id)]
          + figures.map { $0.text(in: e.run.figures, l) + ($0.isAmount && amountsUnknown.contains(e.document.id) ? " *" : "") }
          + ["\(e.document.name), \(e.document.association)\(e.document.kind == .summary ? Labels.summaryTag(l) : "")"])
    }
    // The name column is free text: left-aligned after the figures.
    let figures = TextTable.lines(rows.map { Array($0.dropLast()) }, indent: "  ")
    let widths = figures.map(\.count).max() ?? 0
    return TerminalText.document(
      zip(figures, rows).map { line, row in line + String(repeating: " ", count: widths - line.count) + "  " + row.last! }
        + (priceLine.map { [$0] } ?? []))
  }
}
