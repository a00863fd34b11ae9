import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// One key figure as a row of a table: its JSON key, its label and its value in text, CSV and
/// JSON. Tables that put figures side by side (compare, CSV exports) list these rather than
/// spelling each figure out again.
public enum KeyFigureField: String, Sendable, CaseIterable {
  case potentialBefore, potentialAfter, revenue, cost, profitabilityYear1, forecastRevenue5, profitability5
  case profitabilityWriteOff3, profitabilityExternalFactors, paybackMonths, verkningsgrad, costPerVerkningsgrad, returnPerKrona

  public enum Value: Sendable, Equatable {
    case money(Money)
    case ratio(Double)
    /// Undefined, with the engine's reason where it gives one.
    case undefined(UndefinedReason?)
  }

  public func value(_ k: KeyFigures) -> Value {
    func ratio(_ x: Double?) -> Value { x.map(Value.ratio) ?? .undefined(k.undefined[rawValue]) }
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
      }
    return Labels.text(key, l)
  }

  /// For a human: kr with thousands separators, months and percent with one decimal.
  public func text(_ k: KeyFigures, _ l: Language) -> String {
    let kr = Labels.text(.kr, l)
    switch value(k) {
    case .money(let m): return "\(NumberFormatting.grouped(m, language: l)) \(kr)"
    case .undefined(let reason): return reason.map { Labels.undefined($0, l) } ?? "–"
    case .ratio(let x):
      return switch self {
      case .paybackMonths: "\(NumberFormatting.decimal(x, decimals: 1, language: l)) \(Labels.text(.months, l))"
      case .verkningsgrad: "\(NumberFormatting.decimal(x, decimals: 1, language: l)) %"
      case .costPerVerkningsgrad: "\(NumberFormatting.grouped(kronor: x, language: l)) \(kr)"
      default: "\(NumberFormatting.decimal(x, decimals: 2, language: l)) \(kr)"
      }
    }
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
