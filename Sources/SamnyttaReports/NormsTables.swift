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
    return evaluations
      + (l == .sv ? ", varav \(summaries) \(summaries == 1 ? "sammanfattning" : "sammanfattningar")" : ", \(summaries) of them summaries")
  }

  // MARK: - All groups

  public static func text(_ groups: [ClassNorms], priceYear: Int, model: String, flagged: Int, _ l: Language) -> String {
    if groups.isEmpty { return l == .sv ? "inga utvärderingar med resultat\n" : "no evaluations with results\n" }
    var lines: [String] = [priceLine(priceYear: priceYear, model: model, flagged: flagged, l), ""]
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
      "undefined": .object(
        Dictionary(uniqueKeysWithValues: missing.map { ($0.rawValue, JSONOutput.string(MissingValue.undefinedInEveryEvaluation.rawValue)) })),
    ])
  }

  public static func json(_ groups: [ClassNorms], priceYear: Int, model: String) -> JSONOutput {
    .object([
      "formatVersion": .integer(ResultJSON.formatVersion), "priceYear": .integer(priceYear), "model": .string(model),
      "ratiosNeedNoUprating": .array(KeyFigure.comparable.filter { !$0.isAmount }.map { .string($0.rawValue) }), "groups": .array(groups.map(json)),
    ])
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

  // MARK: - Price year

  /// The line every comparison states: its price year, and why ratios need no uprating.
  public static func priceLine(priceYear: Int, model: String, flagged: Int, _ l: Language) -> String {
    let flag =
      flagged == 0
      ? ""
      : l == .sv
        ? " * = belopp med okänt prisår (eller utanför indexserien): visas, men räknas inte in i medel för belopp."
        : " * = amounts of unknown price year (or outside the index series): shown, but left out of the means of amounts."
    return
      (l == .sv
      ? "Prisnivå \(priceYear) (modell \(model)): fullständiga utvärderingar räknas med modellen, sammanfattningars belopp räknas upp med löneindex. Kvoter (verkningsgrad, återbetalningstid, avkastning per krona) behöver ingen uppräkning."
      : "Price level \(priceYear) (model \(model)): full evaluations are computed under the model, summary entries' amounts uprated by the wage index. Ratios (verkningsgrad, payback, return per krona) need no uprating.")
      + flag
  }

  // MARK: - One evaluation against its group

  public typealias Entry = (document: DocumentSummary, run: StoredRun)

  /// The comparison of one evaluation: its peers, the national reference, the price year.
  public struct Deviation: Sendable {
    public var entry: Entry
    public var peers: PeerGroup
    public var reference: Entry?
    public var priceYear: Int
    public var model: String
    /// Ids whose amounts are not at the price year (this entry's own amounts are then flagged).
    public var amountsUnknown: Set<Int64>

    public init(entry: Entry, peers: PeerGroup, reference: Entry?, priceYear: Int, model: String, amountsUnknown: Set<Int64>) {
      self.entry = entry
      self.peers = peers
      self.reference = reference
      self.priceYear = priceYear
      self.model = model
      self.amountsUnknown = amountsUnknown
    }

    func value(_ figure: KeyFigure) -> Double? { figure.value(in: entry.run.figures) }
    var ownAmountsUnknown: Bool { amountsUnknown.contains(entry.document.id) }
    func referenceValue(_ figure: KeyFigure) -> Double? { reference.flatMap { figure.value(in: $0.run.figures) } }
  }

  /// "Klassgrupp" / "utan utanförskap" / …: which level of peer group was used.
  public static func levelText(_ level: PeerGroup.Level, _ l: Language) -> String {
    switch level {
    case .classGroup: l == .sv ? "samma klassgrupp (alla fyra kriterier)" : "the same class group (all four criteria)"
    case .aimMethodResources:
      l == .sv ? "samma syfte, metod och resurser (utanförskap bortsett)" : "the same aim, method and resources (exclusion ignored)"
    case .aimMethod: l == .sv ? "samma syfte och metod" : "the same aim and method"
    case .all: l == .sv ? "alla lagrade utvärderingar" : "all stored evaluations"
    }
  }

  /// "1 annan utvärdering" / "3 andra utvärderingar".
  public static func others(_ count: Int, _ l: Language) -> String {
    l == .sv
      ? (count == 1 ? "1 annan utvärdering" : "\(count) andra utvärderingar") : (count == 1 ? "1 other evaluation" : "\(count) other evaluations")
  }

  /// "bättre än medel" or "sämre än medel" when the group holds at least the minimum, else `nil`.
  public static func judgement(_ figure: KeyFigure, value: Double, mean: Double, enough: Bool, _ l: Language) -> String? {
    guard enough, value != mean else { return enough ? (l == .sv ? "som medel" : "at the mean") : nil }
    let better = figure.smallerIsBetter ? value < mean : value > mean
    return better ? (l == .sv ? "bättre än medel" : "better than the mean") : (l == .sv ? "sämre än medel" : "worse than the mean")
  }

  public static func deviationText(_ c: Deviation, _ l: Language) -> String {
    let d = c.entry.document
    var lines = ["[\(d.id)] \(d.name), \(d.association)\(d.kind == .summary ? Labels.summaryTag(l) : "")"]
    let group = c.peers.norms
    lines.append(
      (l == .sv ? "Jämförd med " : "Compared with ") + others(group.count, l) + (l == .sv ? " med " : " with ") + levelText(c.peers.level, l)
        + " (\(Labels.classGroup(c.peers.key, l)))"
        + (group.summaryCount > 0 ? (l == .sv ? ", varav \(group.summaryCount) sammanfattningar" : ", \(group.summaryCount) of them summaries") : ""))
    if c.peers.level != .classGroup {
      lines.append(
        l == .sv
          ? "Klassgruppen \(Labels.classGroup(d.classGroup ?? "-", l)) har färre än \(c.peers.minimum) andra utvärderingar; jämförelsen använder den bredare gruppen."
          : "The class group \(Labels.classGroup(d.classGroup ?? "-", l)) holds fewer than \(c.peers.minimum) other evaluations; the comparison uses the broader group."
      )
    }
    if !c.peers.isEnough {
      lines.append(
        l == .sv
          ? "Gruppen har färre än \(c.peers.minimum) utvärderingar: avvikelserna visas, men ingen bedömning görs."
          : "The group holds fewer than \(c.peers.minimum) evaluations: deviations are shown, but no judgement is made.")
    } else {
      lines.append(
        l == .sv
          ? "En bedömning görs bara för nyckeltal som minst \(c.peers.minimum) utvärderingar i gruppen har."
          : "A judgement is made only for figures at least \(c.peers.minimum) evaluations of the group have.")
    }
    let header =
      l == .sv
      ? ["", "värde", "gruppens medel", "avvikelse", "bedömning", "median", "antal", "riksreferens"]
      : ["", "value", "group mean", "deviation", "judgement", "median", "count", "national reference"]
    var rows = [header]
    for figure in KeyFigure.comparable {
      let value = c.value(figure)
      let norm = group.figures[figure]
      let flag = figure.isAmount && c.ownAmountsUnknown ? " *" : ""
      var row = [figure.label(l), figure.text(in: c.entry.run.figures, l) + flag, norm.map { figure.text($0.mean, l) } ?? "–"]
      if let value, let norm, flag.isEmpty {
        row.append(figure.text(norm.deviation(of: value), l, signed: true))
        row.append(judgement(figure, value: value, mean: norm.mean, enough: c.peers.isEnough && norm.count >= c.peers.minimum, l) ?? "–")
      } else {
        row += ["–", "–"]
      }
      let referenceFlag = figure.isAmount && c.reference != nil ? " *" : ""
      row += [
        norm.map { figure.text($0.median, l) } ?? "–", String(norm?.count ?? 0),
        c.referenceValue(figure).map { figure.text($0, l) + referenceFlag } ?? "–",
      ]
      rows.append(row)
    }
    lines += TextTable.lines(rows, indent: "  ")
    lines.append(
      c.reference.map { r in
        (l == .sv ? "Riksreferens: " : "National reference: ") + "[\(r.document.id)] \(r.document.name), \(r.document.association)"
          + (l == .sv ? " (prisår okänt)." : " (price year unknown).")
      }
        ?? (l == .sv
          ? "Riksreferens: inte lagrad (lägg till den publicerade sammanfattningen av NNS rapportserie 2015:1 med samnytta db add)."
          : "National reference: not stored (add the published summary of NNS rapportserie 2015:1 with samnytta db add)."))
    lines.append(priceLine(priceYear: c.priceYear, model: c.model, flagged: c.amountsUnknown.isEmpty && c.reference == nil ? 0 : 1, l))
    lines.append(
      l == .sv
        ? "Gruppens värden gäller övriga utvärderingars senaste version; avvikelser i procentenheter, månader och kronor; lägre är bättre för återbetalningstid och kostnader."
        : "Group values are the other evaluations' latest versions; deviations in percentage points, months and kronor; lower is better for payback time and costs."
    )
    return TerminalText.document(lines)
  }

  public static func deviationJSON(_ c: Deviation) -> JSONOutput {
    func r(_ x: Double?) -> JSONOutput { x.map { .ratio($0, decimals: ResultJSON.ratioDecimals) } ?? .null }
    var figures: [String: JSONOutput] = [:]
    let group = c.peers.norms
    for figure in KeyFigure.comparable {
      let value = c.value(figure)
      let norm = group.figures[figure]
      let comparable = !(figure.isAmount && c.ownAmountsUnknown)
      let deviation = comparable ? value.flatMap { v in norm.map { $0.deviation(of: v) } } : nil
      let members: [String: JSONOutput] = [
        "value": r(value), "classMean": r(norm?.mean), "classMedian": r(norm?.median), "classCount": .integer(norm?.count ?? 0),
        "deviation": r(deviation), "relativeDeviation": r(comparable ? value.flatMap { v in norm?.relativeDeviation(of: v) } : nil),
        "judgement":
          (value.flatMap { v in
            norm.flatMap { n in
              comparable ? judgement(figure, value: v, mean: n.mean, enough: c.peers.isEnough && n.count >= c.peers.minimum, .en) : nil
            }
          })
          .map(JSONOutput.string) ?? .null,
        "nationalReference": r(c.referenceValue(figure)), "priceYearKnown": .bool(!figure.isAmount || !c.ownAmountsUnknown),
      ]
      // Why each null is null: the figure's own reason, or what the group, the price year or the reference lacks.
      let own = figure.undefinedReason(in: c.entry.run.figures)?.rawValue ?? MissingValue.valueUndefined.rawValue
      let groupReason = (group.count == 0 ? MissingValue.noOtherEvaluationsInClass : .undefinedInEveryEvaluation).rawValue
      var undefined: [String: JSONOutput] = [:]
      for (key, member) in members where member == .null {
        let reason: String =
          switch key {
          case "value": own
          case "classMean", "classMedian": groupReason
          case "nationalReference": MissingValue.noNationalReference.rawValue
          default:
            value == nil
              ? MissingValue.valueUndefined.rawValue
              : !comparable
                ? MissingValue.priceYearUnknown.rawValue
                : norm == nil
                  ? groupReason
                  : key == "judgement" ? MissingValue.tooFewPeers.rawValue : MissingValue.classMeanIsZero.rawValue
          }
        undefined[key] = .string(reason)
      }
      figures[figure.rawValue] = .object(members.merging(["undefined": .object(undefined)]) { a, _ in a })
    }
    return .object([
      "formatVersion": .integer(ResultJSON.formatVersion), "id": .integer(Int(c.entry.document.id)), "name": .string(c.entry.document.name),
      "classGroup": c.entry.document.classGroup.map(JSONOutput.string) ?? .null, "model": .string(c.model), "priceYear": .integer(c.priceYear),
      "peerLevel": .string(c.peers.level.rawValue), "peerGroup": .string(c.peers.key), "peerCount": .integer(group.count),
      "minimumPeers": .integer(c.peers.minimum), "judged": .bool(c.peers.isEnough),
      "nationalReference": c.reference.map { .integer(Int($0.document.id)) } ?? .null,
      "comparedWith": .array(group.documentIDs.map { .integer(Int($0)) }), "figures": .object(figures),
    ])
  }

  public static func deviationCSV(_ c: Deviation) -> CSVTable {
    var table = CSVTable(header: [
      "figure", "value", "class_count", "class_mean", "deviation", "relative_deviation", "class_median", "peer_level", "national_reference",
    ])
    for figure in KeyFigure.comparable {
      let value = c.value(figure)
      let norm = c.peers.norms.figures[figure]
      let comparable = !(figure.isAmount && c.ownAmountsUnknown)
      let places = figure.decimals + 1
      table.rows.append([
        .text(figure.rawValue), .number(value, decimals: places), .integer(norm?.count ?? 0), .number(norm?.mean, decimals: places),
        .number(comparable ? value.flatMap { v in norm.map { $0.deviation(of: v) } } : nil, decimals: places),
        .number(comparable ? value.flatMap { v in norm?.relativeDeviation(of: v) } : nil, decimals: 4), .number(norm?.median, decimals: places),
        .text(c.peers.level.rawValue), .number(c.referenceValue(figure), decimals: places),
      ])
    }
    return table
  }
}
