import Foundation
import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports

extension Arguments {
  /// A percentage option (0–100), returned as a share.
  func percentage(_ name: String, usage: String) throws(UsageError) -> Double? {
    guard let text = options[name] else { return nil }
    guard Self.isPlainDecimal(text), let value = Double(text.replacingOccurrences(of: ",", with: ".")), value >= 0, value <= 100 else {
      throw UsageError(.invalidPercentage(value: text.quotedForMessage, option: name), l, usage: usage)
    }
    if value > 0 && value < 1 { Output.err(CLIMessage.percentBelowOne(option: name, text: text, value: value).text(l)) }
    return value / 100
  }

  /// `--lang sv|en`; without it `SAMNYTTA_LANG` (for a session or a script); else Swedish. A misspelt variable is a usage error.
  func language(usage: String) throws(UsageError) -> Language {
    let variable = ProcessInfo.processInfo.environment["SAMNYTTA_LANG"] ?? ""
    let invalid = CLIMessage.invalidLanguageVariable(value: variable.quotedForMessage, expected: Language.spelled())
    guard let fallback = variable.isEmpty ? .sv : Language(rawValue: variable) else { throw UsageError(invalid, l, usage: usage) }
    return try choice("lang", default: fallback, usage: usage)
  }

  /// `--csv-headers labels|keys`: words people read, unless the machine keys are asked for.
  func csvHeaders(usage: String) throws(UsageError) -> CSVHeaders { try choice("csv-headers", default: CSVHeaders.labels, usage: usage) }

  /// The 5-year forecast options `--drop-off`, `--discount-rate` and `--external-factors` (percent);
  /// the external-factors share defaults to the model's.
  func forecastOptions(model: ModelDocument, usage: String) throws(UsageError) -> ForecastOptions {
    ForecastOptions(
      dropOff: try percentage("drop-off", usage: usage) ?? 0, discountRate: try percentage("discount-rate", usage: usage) ?? 0,
      externalFactorsShare: try percentage("external-factors", usage: usage) ?? model.parameters.externalFactorsShare)
  }

  /// The model with society's convention chosen by `--convention`; without the option, the model's
  /// own (its `societyConvention`). The choice changes nothing else in the model.
  func model(_ model: ModelDocument, conventionUsage usage: String) throws(UsageError) -> ModelDocument {
    var chosen = model
    chosen.parameters.convention = try choice("convention", default: model.parameters.convention, usage: usage)
    return chosen
  }

  /// `--csv-dialect excel|comma`: Swedish Excel's spelling unless plain comma CSV is asked for.
  func csvDialect(usage: String) throws(UsageError) -> CSVDialect {
    try choice("csv-dialect", default: CSVDialect.excel, usage: usage)
  }

  /// `--format`, one of the command's `allowed` formats.
  func format(among allowed: [OutputFormat], default fallback: OutputFormat, usage: String) throws(UsageError) -> OutputFormat {
    try choice("format", among: allowed, default: fallback, usage: usage)
  }
}
