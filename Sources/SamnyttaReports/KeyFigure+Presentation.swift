import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// A key figure as people and programs read it: its JSON key (the case name), its CSV header,
/// its label in both languages and its value in text, CSV and JSON. Every table that lists key
/// figures goes through these, so a figure is spelled and formatted in one place.
extension KeyFigure {
  public enum Value: Sendable, Equatable {
    case money(Money)
    case ratio(Double)
    /// Undefined, with the engine's reason.
    case undefined(UndefinedReason?)
  }

  /// The JSON key.
  public var key: String { rawValue }

  /// The figures `rank --by` offers, as the board table of seed 004 ranks interventions.
  public static let rankable: [KeyFigure] = [.verkningsgrad, .paybackMonths, .costPerVerkningsgrad, .returnPerKrona]

  /// The figure's name as a command-line option value (`rank --by cost-per-point`).
  public var optionName: String {
    switch self {
    case .paybackMonths: "payback"
    case .costPerVerkningsgrad: "cost-per-point"
    case .returnPerKrona: "return"
    default: String(csvHeader.map { $0 == "_" ? "-" : $0 })
    }
  }

  /// The CSV header: the JSON key in snake_case ("paybackMonths" → "payback_months", "profitability5" → "profitability_5").
  public var csvHeader: String {
    var out = ""
    var previous: Character? = nil
    for c in rawValue {
      if c.isUppercase || (c.isNumber && !(previous?.isNumber ?? false)) { out += "_" }
      out += c.lowercased()
      previous = c
    }
    return out
  }

  public func value(_ k: KeyFigures) -> Value {
    func ratio(_ x: Double?) -> Value { x.map(Value.ratio) ?? .undefined(k.undefined[self]) }
    return switch self {
    case .potentialBefore: .money(k.potentialBefore)
    case .potentialAfter: .money(k.potentialAfter)
    case .revenue: .money(k.revenue)
    case .cost: .money(k.cost)
    case .profitabilityYear1: .money(k.profitabilityYear1)
    case .forecastRevenue5: .money(k.forecastRevenue5)
    case .profitability5: .money(k.profitability5)
    case .profitabilityWriteOff3: .money(k.profitabilityWriteOff3)
    case .profitabilityExternalFactors: .money(k.profitabilityExternalFactors)
    case .paybackMonths: ratio(k.paybackMonths)
    case .verkningsgrad: ratio(k.verkningsgrad)
    case .costPerVerkningsgrad: ratio(k.costPerVerkningsgrad)
    case .returnPerKrona: ratio(k.returnPerKrona)
    case .revenuePerParticipant: ratio(k.participants > 0 ? k.revenue.kronorValue / Double(k.participants) : nil)
    case .costPerParticipant: ratio(k.participants > 0 ? k.cost.kronorValue / Double(k.participants) : nil)
    }
  }

  public func label(_ l: Language) -> String {
    let key: Labels.Key =
      switch self {
      case .potentialBefore: .potentialBefore
      case .potentialAfter: .potentialAfter
      case .revenue: .revenue
      case .cost: .cost
      case .profitabilityYear1: .profitability1
      case .forecastRevenue5: .forecast5
      case .profitability5: .profitability5
      case .profitabilityWriteOff3: .writeOff3
      case .profitabilityExternalFactors: .external
      case .paybackMonths: .payback
      case .verkningsgrad: .verkningsgrad
      case .costPerVerkningsgrad: .costPerPoint
      case .returnPerKrona: .returnPerKrona
      case .revenuePerParticipant: .revenuePerParticipant
      case .costPerParticipant: .costPerParticipant
      }
    return Labels.text(key, l)
  }

  /// Decimals a human reads: one for months and percent, two for kronor per krona, none for kronor.
  public var decimals: Int {
    switch self {
    case .verkningsgrad, .paybackMonths: 1
    case .returnPerKrona: 2
    default: 0
    }
  }

  /// A defined value for a human: kr with thousands separators, months and percent with one
  /// decimal. With `signed`, a deviation: a + on positive values, and percentage points for verkningsgrad.
  public func text(_ x: Double, _ l: Language, signed: Bool = false) -> String {
    let sign = signed && x > 0 ? "+" : ""
    let kr = Labels.text(.kr, l)
    let text: String =
      switch self {
      case .paybackMonths: "\(NumberFormatting.groupedDecimal(x, decimals: 1, language: l)) \(Labels.text(.months, l))"
      case .verkningsgrad: "\(NumberFormatting.decimal(x, decimals: 1, language: l)) \(signed ? Labels.text(.percentagePoints, l) : "%")"
      case .returnPerKrona: "\(NumberFormatting.decimal(x, decimals: 2, language: l)) \(kr)"
      default: "\(NumberFormatting.grouped(kronor: x, language: l)) \(kr)"
      }
    return sign + text
  }

  /// The figure for a human, or why it is undefined ("ingen kostnad"), or "–" without a reason.
  public func text(_ k: KeyFigures, _ l: Language) -> String {
    switch value(k) {
    case .money(let m): "\(NumberFormatting.grouped(m, language: l)) \(Labels.text(.kr, l))"
    case .undefined(let reason): reason.map { Labels.undefined($0, l) } ?? "–"
    case .ratio(let x): text(x, l)
    }
  }

  /// The figure of a stored run for a human, or why it is undefined.
  public func text(in figures: RunFigures, _ l: Language) -> String {
    if let reason = undefinedReason(in: figures) { return Labels.undefined(reason, l) }
    return value(in: figures).map { text($0, l) } ?? "–"
  }

  /// Exact kronor or a ratio with four decimals, as in the JSON output; undefined is an empty cell.
  public func cell(_ k: KeyFigures) -> CSVCell {
    switch value(k) {
    case .money(let m): .money(m)
    case .ratio(let x): .number(x, decimals: ResultJSON.ratioDecimals)
    case .undefined: .number(nil, decimals: 0)
    }
  }

  public func json(_ k: KeyFigures) -> JSONOutput {
    switch value(k) {
    case .money(let m): .money(m)
    case .ratio(let x): .ratio(x, decimals: ResultJSON.ratioDecimals)
    case .undefined: .null
    }
  }
}
