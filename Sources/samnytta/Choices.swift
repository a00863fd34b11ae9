import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows

/// An option's typed value (like swift-argument-parser's `ExpressibleByArgument` enums): its
/// spellings come from the cases, so help and usage errors list them by themselves.
protocol OptionChoice: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension OptionChoice {
  /// "a|b|c" for a usage line.
  static func spelled(_ cases: [Self] = Array(allCases)) -> String { cases.map(\.rawValue).joined(separator: "|") }
}

/// What a command writes. Each command accepts its own subset.
enum OutputFormat: String, OptionChoice {
  case text, json, csv, html, md, xlsx

  /// evaluate, rank, compare, norms.
  static let tables: [OutputFormat] = [.text, .json, .csv, .xlsx]
}

extension Language: OptionChoice {}
extension SocietyConvention: OptionChoice {}
extension CSVDialect: OptionChoice {}
extension BoardReportFile: OptionChoice {}
extension CSVHeaders: OptionChoice {}
