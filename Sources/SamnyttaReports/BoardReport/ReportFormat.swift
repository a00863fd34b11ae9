import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// How the report writes its numbers, in one place: kronor grouped with a space in Swedish
/// ("1 234 567 kr"), ratios with a decimal comma, and an undefined figure as "–" with its reason.
enum ReportFormat {
  static func kronor(_ money: Money, _ l: Language) -> String {
    "\(NumberFormatting.grouped(money, language: l)) \(Labels.text(.kr, l))"
  }

  /// Kronor held as a floating-point number (chart values, ratios in kronor); "–" when not finite.
  static func kronor(_ value: Double, _ l: Language) -> String {
    guard value.isFinite else { return "–" }
    return "\(NumberFormatting.grouped(kronor: value, language: l)) \(Labels.text(.kr, l))"
  }

  static func percent(_ value: Double, decimals: Int = 1, _ l: Language) -> String {
    "\(NumberFormatting.decimal(value, decimals: decimals, language: l)) %"
  }

  static func months(_ value: Double, _ l: Language) -> String {
    "\(NumberFormatting.groupedDecimal(value, decimals: 1, language: l)) \(Labels.text(.months, l))"
  }

  /// "–" and why, e.g. "– (ingen potential)".
  static func undefined(_ reason: UndefinedReason?, _ l: Language) -> String {
    guard let reason else { return "–" }
    return "– (\(Labels.undefined(reason, l)))"
  }

  static func payback(_ k: KeyFigures, _ l: Language) -> String { figure(.paybackMonths, k, l) }

  /// A key figure as the other outputs write it (``KeyFigure/text(_:_:)``), or "–" with its reason.
  static func figure(_ field: KeyFigure, _ k: KeyFigures, _ l: Language) -> String {
    if case .undefined(let reason) = field.value(k) { return undefined(reason, l) }
    return field.text(k, l)
  }

  static func verkningsgrad(_ k: KeyFigures, _ l: Language) -> String { figure(.verkningsgrad, k, l) }
  static func costPerPoint(_ k: KeyFigures, _ l: Language) -> String { figure(.costPerVerkningsgrad, k, l) }
  static func returnPerKrona(_ k: KeyFigures, _ l: Language) -> String { figure(.returnPerKrona, k, l) }
}

extension Language {
  /// The Swedish or the English text, whichever this language is.
  func pick(_ sv: String, _ en: String) -> String { self == .sv ? sv : en }
}
