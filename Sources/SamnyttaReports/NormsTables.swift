import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// Payoff's "jämförande värden": per class group, how each key figure is spread; for one
/// evaluation, its deviation from the mean of the other evaluations in its group. Text, JSON, CSV.
public enum NormsTables {
  // MARK: - Words and numbers

  /// "12 utvärderingar, varav 3 sammanfattningar".
  static func groupSize(count: Int, summaries: Int, _ l: Language) -> String {
    let evaluations = l == .sv ? (count == 1 ? "1 utvärdering" : "\(count) utvärderingar") : (count == 1 ? "1 evaluation" : "\(count) evaluations")
    guard summaries > 0 else { return evaluations }
    return evaluations + (l == .sv ? ", varav \(summaries) \(summaries == 1 ? "sammanfattning" : "sammanfattningar")" : ", \(summaries) of them summaries")
  }

  // MARK: - All groups

  public static func text(_ groups: [ClassNorms], _ l: Language) -> String {
    if groups.isEmpty { return l == .sv ? "inga utvärderingar med resultat\n" : "no evaluations with results\n" }
    var lines: [String] = []
    let header = l == .sv ? ["", "antal", "medel", "median", "min", "max", "std.avv."] : ["", "count", "mean", "median", "min", "max", "std. dev."]
    for g in groups {
      lines.append("\(Labels.classGroup(g.classGroup, l)): \(groupSize(count: g.count, summaries: g.summaryCount, l))")
      var rows = [header]
      for figure in KeyFigure.comparable {
        guard let d = g.figures[figure] else {
          rows.append([figure.label(l), "0"])
          continue
        }
        rows.append(
          [figure.label(l), String(d.count)] + [d.mean, d.median, d.minimum, d.maximum, d.standardDeviation].map { figure.text($0, l) })
      }
      lines += TextTable.lines(rows, indent: "  ")
      lines.append("")
    }
    return lines.map(TerminalText.escaped).joined(separator: "\n")
  }

  static func json(_ d: Distribution) -> JSONOutput {
    func r(_ x: Double) -> JSONOutput { .ratio(x, decimals: ResultJSON.ratioDecimals) }
    return .object([
      "count": .integer(d.count), "mean": r(d.mean), "median": r(d.median), "minimum": r(d.minimum), "maximum": r(d.maximum),
      "standardDeviation": r(d.standardDeviation),
    ])
  }

  /// A group's spread of each figure; a figure no evaluation of the group has is `null`, with its reason under `undefined`.
  static func json(_ g: ClassNorms) -> JSONOutput {
    let missing = KeyFigure.comparable.filter { g.figures[$0] == nil }
    return .object([
      "classGroup": .string(g.classGroup), "count": .integer(g.count), "summaryCount": .integer(g.summaryCount),
      "ids": .array(g.documentIDs.map { .integer(Int($0)) }),
      "figures": .object(Dictionary(uniqueKeysWithValues: KeyFigure.comparable.map { f in (f.rawValue, g.figures[f].map(json) ?? .null) })),
      "undefined": .object(Dictionary(uniqueKeysWithValues: missing.map { ($0.rawValue, JSONOutput.string(MissingValue.undefinedInEveryEvaluation.rawValue)) })),
    ])
  }

  public static func json(_ groups: [ClassNorms]) -> JSONOutput {
    .object(["formatVersion": .integer(ResultJSON.formatVersion), "groups": .array(groups.map(json))])
  }

  public static func csv(_ groups: [ClassNorms]) -> CSVTable {
    var table = CSVTable(header: ["class_group", "figure", "count", "mean", "median", "minimum", "maximum", "standard_deviation"])
    for g in groups {
      for figure in KeyFigure.comparable {
        let d = g.figures[figure]
        let places = figure.decimals + 1
        table.rows.append(
          [.text(g.classGroup), .text(figure.rawValue), .integer(d?.count ?? 0)]
            + [d?.mean, d?.median, d?.minimum, d?.maximum, d?.standardDeviation].map { .number($0, decimals: places) })
      }
    }
    return table
  }

  // MARK: - One evaluation against its group

  public typealias Entry = (document: DocumentSummary, run: StoredRun)

  public static func deviationText(_ entry: Entry, _ group: ClassNorms?, _ l: Language) -> String {
    let d = entry.document
    var lines = ["[\(d.id)] \(d.name), \(d.association)\(d.kind == .summary ? " [summary]" : "")"]
    let classGroup = d.classGroup ?? "-"
    guard let group else {
      lines.append(
        l == .sv
          ? "Inga andra utvärderingar i klassen \(Labels.classGroup(classGroup, l)) att jämföra med."
          : "No other evaluations in class \(Labels.classGroup(classGroup, l)) to compare with.")
      return TerminalText.document(lines)
    }
    lines.append(
      (l == .sv ? "Jämförd med " : "Compared with ") + groupSize(count: group.count, summaries: group.summaryCount, l)
        + (l == .sv ? " i klassen " : " in class ") + Labels.classGroup(group.classGroup, l))
    let header = l == .sv ? ["", "värde", "klassens medel", "avvikelse", "", "median", "antal"] : ["", "value", "class mean", "deviation", "", "median", "count"]
    var rows = [header]
    for figure in KeyFigure.comparable {
      let value = figure.value(in: entry.run.figures)
      let norm = group.figures[figure]
      var row = [figure.label(l), figure.text(in: entry.run.figures, l), norm.map { figure.text($0.mean, l) } ?? "–"]
      if let value, let norm {
        row.append(figure.text(norm.deviation(of: value), l, signed: true))
        row.append(norm.relativeDeviation(of: value).map { "(\($0 > 0 ? "+" : "")\(NumberFormatting.decimal($0 * 100, decimals: 0, language: l)) %)" } ?? "")
      } else {
        row += ["–", ""]
      }
      row += [norm.map { figure.text($0.median, l) } ?? "–", String(norm?.count ?? 0)]
      rows.append(row)
    }
    lines += TextTable.lines(rows, indent: "  ")
    lines.append(
      l == .sv
        ? "Klassens värden gäller övriga utvärderingars senaste körning; lägre är bättre för återbetalningstid och kostnader."
        : "Class values are the other evaluations' latest runs; lower is better for payback time and costs.")
    return TerminalText.document(lines)
  }

  public static func deviationJSON(_ entry: Entry, _ group: ClassNorms?) -> JSONOutput {
    func r(_ x: Double?) -> JSONOutput { x.map { .ratio($0, decimals: ResultJSON.ratioDecimals) } ?? .null }
    var figures: [String: JSONOutput] = [:]
    for figure in KeyFigure.comparable {
      let value = figure.value(in: entry.run.figures)
      let norm = group?.figures[figure]
      let members: [String: JSONOutput] = [
        "value": r(value), "classMean": r(norm?.mean), "classMedian": r(norm?.median), "classCount": .integer(norm?.count ?? 0),
        "deviation": r(value.flatMap { v in norm.map { $0.deviation(of: v) } }),
        "relativeDeviation": r(value.flatMap { v in norm?.relativeDeviation(of: v) }),
      ]
      // Why each null is null: the figure's own reason, or what the class lacks.
      let own = value == nil ? (figure.undefinedReason(in: entry.run.figures)?.rawValue ?? MissingValue.valueUndefined.rawValue) : nil
      let classReason = (group == nil ? MissingValue.noOtherEvaluationsInClass : .undefinedInEveryEvaluation).rawValue
      var undefined: [String: JSONOutput] = [:]
      for (key, member) in members where member == .null {
        let reason =
          switch key {
          case "value": own
          case "classMean", "classMedian": classReason
          default: value == nil ? MissingValue.valueUndefined.rawValue : norm == nil ? classReason : MissingValue.classMeanIsZero.rawValue
          }
        undefined[key] = reason.map(JSONOutput.string)
      }
      figures[figure.rawValue] = .object(members.merging(["undefined": .object(undefined)]) { a, _ in a })
    }
    return .object([
      "formatVersion": .integer(ResultJSON.formatVersion), "id": .integer(Int(entry.document.id)), "name": .string(entry.document.name),
      "classGroup": entry.document.classGroup.map(JSONOutput.string) ?? .null, "model": .string(entry.run.modelID),
      "comparedWith": .array((group?.documentIDs ?? []).map { .integer(Int($0)) }), "figures": .object(figures),
    ])
  }

  public static func deviationCSV(_ entry: Entry, _ group: ClassNorms?) -> CSVTable {
    var table = CSVTable(header: ["figure", "value", "class_count", "class_mean", "deviation", "relative_deviation", "class_median"])
    for figure in KeyFigure.comparable {
      let value = figure.value(in: entry.run.figures)
      let norm = group?.figures[figure]
      let places = figure.decimals + 1
      table.rows.append([
        .text(figure.rawValue), .number(value, decimals: places), .integer(norm?.count ?? 0), .number(norm?.mean, decimals: places),
        .number(value.flatMap { v in norm.map { $0.deviation(of: v) } }, decimals: places),
        .number(value.flatMap { v in norm?.relativeDeviation(of: v) }, decimals: 4), .number(norm?.median, decimals: places),
      ])
    }
    return table
  }
}
