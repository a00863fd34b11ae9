import SamnyttaCommandLine
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows

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
