import SamnyttaEngine
import SamnyttaFormats

/// Switching values as one plain sentence each, for the text table and the board report.
public enum SwitchingValuesText {
  /// One sentence per switching value, in ``SwitchingValues/entries`` order.
  public static func sentences(_ s: SwitchingValues, _ l: Language) -> [String] {
    let sv = l == .sv
    func pct(_ x: Double) -> String { percent(x, l) }
    func external(_ v: SwitchingValues.Value, _ span: String) -> String {
      if let x = v.share {
        return sv
          ? "Lönsamheten \(span) når noll om \(pct(x)) av intäkterna beror på yttre faktorer."
          : "Profitability \(span) reaches zero if \(pct(x)) of the revenue is due to external factors."
      }
      return sv ? "Lönsamheten \(span): \(reason(v.undefined, l))" : "Profitability \(span): \(reason(v.undefined, l))"
    }
    var lines = [
      external(s.externalFactorsYear1, sv ? "år 1" : "in year 1"), external(s.externalFactors5, sv ? "på 5 år" : "over 5 years"),
    ]
    for months in SwitchingValues.paybackHorizons {
      let v = s.revenueFallBeforePayback[months] ?? SwitchingValues.Value(share: nil, undefined: .revenueNotPositive)
      if let x = v.share {
        lines.append(
          sv
            ? "Intäkterna kan falla med \(pct(x)) innan återbetalningstiden överstiger \(months) månader."
            : "Revenue may fall by \(pct(x)) before payback exceeds \(months) months.")
      } else if v.undefined == .alreadyNotProfitable {
        lines.append(sv ? "Återbetalningstiden överstiger redan \(months) månader." : "Payback already exceeds \(months) months.")
      } else {
        lines.append(
          sv ? "Återbetalning inom \(months) månader: \(reason(v.undefined, l))" : "Payback within \(months) months: \(reason(v.undefined, l))")
      }
    }
    if let x = s.costRiseBefore5.share {
      lines.append(
        sv
          ? "Kostnaden kan öka med \(pct(x)) innan lönsamheten på 5 år når noll."
          : "The cost may rise by \(pct(x)) before profitability over 5 years reaches zero.")
    } else {
      lines.append(
        sv
          ? "Kostnadsökning före noll på 5 år: \(reason(s.costRiseBefore5.undefined, l))"
          : "Cost rise before zero over 5 years: \(reason(s.costRiseBefore5.undefined, l))")
    }
    return lines
  }

  /// A share as a percentage: whole percent, thousands grouped, one decimal below 1 %.
  public static func percent(_ x: Double, _ l: Language) -> String {
    if x >= 10 { return "\(NumberFormatting.grouped(kronor: (x * 100).rounded(), language: l)) %" }
    return "\(NumberFormatting.decimal(x * 100, decimals: x < 0.01 && x > 0 ? 1 : 0, language: l)) %"
  }

  static func reason(_ reason: SwitchingValues.UndefinedReason?, _ l: Language) -> String {
    let sv = l == .sv
    switch reason {
    case .revenueNotPositive: return sv ? "ej definierad, intäkten är inte positiv." : "undefined, revenue is not positive."
    case .alreadyNotProfitable: return sv ? "redan under noll utan ändring." : "already below zero without any change."
    case .costIsZero: return sv ? "ej definierad, ingen kostnad." : "undefined, no cost."
    case nil: return "–"
    }
  }

  /// The heading above the sentences.
  public static func heading(_ l: Language) -> String { l == .sv ? "Brytpunkter (samhället)" : "Switching values (society)" }
}
