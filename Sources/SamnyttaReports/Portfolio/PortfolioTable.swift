import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// The portfolio as one table for `--format csv|xlsx`: a row per intervention, then the total and
/// (when stored) the national reference. Small groups are written as `<5` (text), the cells hidden
/// beside them as `–`, as in the report; the support-state table is in the HTML and Markdown only.
public enum PortfolioTable {
  public static func csv(_ p: Portfolio) -> CSVTable {
    let sexes = p.total.bySex.keys.sorted { a, b in a.isEmpty != b.isEmpty ? !a.isEmpty : a.utf8.lexicographicallyPrecedes(b.utf8) }
    let exits = ExitReason.codes + [0]
    let withRecords = p.interventions.filter(\.hasRecords)
    func hide(_ column: (Portfolio.Intervention) -> [Int]) -> [Int64?: [GroupSuppression?]] {
      let hidden = GroupSuppression.hidden(rows: withRecords.map(column), totals: column(p.total), minimum: p.minimumGroupSize)
      var byID = Dictionary(uniqueKeysWithValues: zip(withRecords.map(\.id), hidden.rows))
      byID[nil] = hidden.totals
      return byID
    }
    let sexCounts = { (i: Portfolio.Intervention) in sexes.map { i.bySex[$0] ?? 0 } }
    let exitCounts = { (i: Portfolio.Intervention) in exits.map { i.exitReasons[$0] ?? 0 } }
    let sexHidden = hide(sexCounts)
    let exitHidden = hide(exitCounts)
    func counts(_ values: [Int], _ hidden: [GroupSuppression?]?) -> [CSVCell] {
      guard let hidden else { return values.map { _ in .text("") } }
      return zip(values, hidden).map { v, h in h == .small ? .text("<\(p.minimumGroupSize)") : h == nil ? .integer(v) : .text("–") }
    }
    func ratio(_ f: KeyFigure, _ figures: RunFigures) -> CSVCell { .number(f.value(in: figures), decimals: ResultJSON.ratioDecimals) }
    func row(_ i: Portfolio.Intervention) -> [CSVCell] {
      let amounts: [CSVCell] = [
        .number(i.figures.cost, decimals: 0), .number(i.figures.revenue, decimals: 0), .number(i.figures.revenue - i.figures.cost, decimals: 0),
      ]
      return [
        i.id.map { .integer(Int($0)) } ?? .text(""), .text(i.id == nil ? "Totalt" : i.name), .text(i.id == nil ? "total" : i.kind.rawValue),
        i.id == nil ? .text("") : .integer(i.version),
      ]
        + [i.participants.map(CSVCell.integer) ?? .text("")]
        + counts(sexCounts(i), i.hasRecords ? sexHidden[i.id] : nil)
        + amounts + [
          ratio(.revenuePerParticipant, i.figures), ratio(.costPerParticipant, i.figures), ratio(.verkningsgrad, i.figures),
          ratio(.paybackMonths, i.figures),
        ]
        + counts(exitCounts(i), i.hasRecords ? exitHidden[i.id] : nil) + [.text(i.inTotals ? "yes" : "no")]
    }
    var rows = p.interventions.map(row) + [row(p.total)]
    if let r = p.reference {
      rows.append(
        [.integer(Int(r.id)), .text(r.name), .text("national_reference"), .text(""), .text("")] + sexes.map { _ in .text("") }
          + [.text(""), .text(""), .text("")]
          + [
            ratio(.revenuePerParticipant, r.figures), ratio(.costPerParticipant, r.figures), ratio(.verkningsgrad, r.figures),
            ratio(.paybackMonths, r.figures),
          ]
          + exits.map { _ in .text("") } + [.text(r.amountsAtPriceYear ? "yes" : "no")])
    }
    return CSVTable(
      header: ["id", "name", "kind", "version", "participants"] + sexes.map { "sex_" + ($0.isEmpty ? "not_given" : $0) }
        + ["cost", "revenue", "profitability_year_1", "revenue_per_participant", "cost_per_participant", "verkningsgrad", "payback_months"]
        + exits.map { $0 == 0 ? "exit_reason_not_given" : "exit_reason_\($0)" } + ["amounts_at_price_year_\(p.priceYear)"],
      rows: rows)
  }
}
