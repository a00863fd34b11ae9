import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// The key figures as a spreadsheet table (`evaluate --format csv`, Docs/output-format.md): one row
/// per perspective and scope, the same figures and rounding as the JSON output, so a board member
/// can open them in Excel and compare interventions without retyping.
public enum KeyFiguresCSV {
  /// Column keys: the JSON output's key-figure names in snake_case.
  public static let header = [
    "perspective", "scope", "potential_before", "potential_after", "revenue", "cost", "profitability_year1", "forecast_revenue_5",
    "profitability_5", "profitability_write_off_3", "profitability_external_factors", "payback_months", "verkningsgrad",
    "cost_per_verkningsgrad", "return_per_krona",
  ]

  /// Every perspective's totals, then every perspective's figures per participant.
  public static func evaluation(_ result: EvaluationResult) -> CSVTable {
    CSVTable(
      header: header,
      rows: result.perspectives.map { row($0.perspective, "total", $0.total) }
        + result.perspectives.map { row($0.perspective, "per_participant", $0.perParticipant) })
  }

  /// A summary document has only society's figures.
  public static func summary(_ figures: KeyFigures, participants: Int) -> CSVTable {
    CSVTable(header: header, rows: [row(.society, "total", figures), row(.society, "per_participant", figures.perParticipant(participants))])
  }

  /// Amounts exact to the öre; ratios with the JSON output's four decimals; an undefined ratio is an empty cell.
  static func row(_ perspective: Perspective, _ scope: String, _ k: KeyFigures) -> [CSVCell] {
    [.text(perspective.rawValue), .text(scope)] + KeyFigure.perspectiveFigures.map { $0.cell(k) }
  }
}
