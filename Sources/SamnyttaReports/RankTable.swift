import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// The board table of seed 004 (lines 522–529): stored evaluations ranked by one key figure, as
/// JSON, CSV or a text table.
public enum RankTable {
  public typealias Entry = (document: DocumentSummary, run: StoredRun)

  /// Defined figures first, best first; then undefined ones; ties by id.
  public static func ranking(_ entries: [Entry], by figure: NormFigure) -> [Entry] {
    func key(_ e: Entry) -> Double? { figure.value(in: e.run.figures).map { figure.smallerIsBetter ? $0 : -$0 } }
    return entries.sorted { a, b in
      switch (key(a), key(b)) {
      case (let x?, let y?): x != y ? x < y : a.document.id < b.document.id
      case (.some, nil): true
      case (nil, .some): false
      case (nil, nil): a.document.id < b.document.id
      }
    }
  }

  public static func json(_ ranked: [Entry], by: String) -> JSONOutput {
    func ratio(_ x: Double?) -> JSONOutput { x.map { .ratio($0, decimals: ResultJSON.ratioDecimals) } ?? .null }
    return .object([
      "formatVersion": .integer(ResultJSON.formatVersion), "by": .string(by),
      "rows": .array(
        ranked.enumerated().map { i, e in
          .object([
            "rank": .integer(i + 1), "id": .integer(Int(e.document.id)), "name": .string(e.document.name),
            "association": .string(e.document.association), "summary": .bool(e.document.kind == .summary),
            "classGroup": e.document.classGroup.map(JSONOutput.string) ?? .null, "model": .string(e.run.modelID),
            "verkningsgrad": ratio(e.run.figures.verkningsgrad), "paybackMonths": ratio(e.run.figures.paybackMonths),
            "costPerVerkningsgrad": ratio(e.run.figures.costPerVerkningsgrad), "returnPerKrona": ratio(e.run.figures.returnPerKrona),
          ])
        }),
    ])
  }

  public static func csv(_ ranked: [Entry]) -> CSVTable {
    CSVTable(
      header: [
        "rank", "id", "name", "association", "summary", "class_group", "model", "verkningsgrad", "payback_months", "cost_per_verkningsgrad",
        "return_per_krona",
      ],
      rows: ranked.enumerated().map { i, e in
        [
          .integer(i + 1), .integer(Int(e.document.id)), .text(e.document.name), .text(e.document.association),
          .text(e.document.kind == .summary ? "yes" : "no"), .text(e.document.classGroup ?? ""), .text(e.run.modelID),
          .number(e.run.figures.verkningsgrad, decimals: 1), .number(e.run.figures.paybackMonths, decimals: 1),
          .number(e.run.figures.costPerVerkningsgrad, decimals: 0), .number(e.run.figures.returnPerKrona, decimals: 2),
        ]
      })
  }

  public static func text(_ ranked: [Entry], _ l: Language) -> String {
    if ranked.isEmpty { return l == .sv ? "inga utvärderingar med resultat\n" : "no evaluations with results\n" }
    let header =
      l == .sv
      ? ["#", "id", "verkningsgrad", "återbetalning", "kostnad/verkningsgrad", "insats"]
      : ["#", "id", "verkningsgrad", "payback", "cost/point", "intervention"]
    var rows = [header]
    for (i, e) in ranked.enumerated() {
      let f = e.run.figures
      rows.append([
        String(i + 1), String(e.document.id),
        f.verkningsgrad.map { "\(NumberFormatting.decimal($0, decimals: 1, language: l)) %" } ?? "–",
        f.paybackMonths.map { "\(NumberFormatting.decimal($0, decimals: 1, language: l)) \(l == .sv ? "mån" : "months")" }
          ?? (l == .sv ? "ingen" : "none"),
        f.costPerVerkningsgrad.map { "\(NumberFormatting.grouped(kronor: $0, language: l)) kr" } ?? "–",
        "\(e.document.name), \(e.document.association)\(e.document.kind == .summary ? " [summary]" : "")",
      ])
    }
    // The name column is free text: left-aligned after the figures.
    let figures = TextTable.lines(rows.map { Array($0.dropLast()) }, indent: "  ")
    let widths = figures.map(\.count).max() ?? 0
    return zip(figures, rows).map { line, row in line + String(repeating: " ", count: widths - line.count) + "  " + row.last! }
      .joined(separator: "\n") + "\n"
  }
}
