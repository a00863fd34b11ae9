import Foundation
import SamnyttaDocuments
import SamnyttaFormats
import SamnyttaReports
import SamnyttaEngine

/// A tiny argument parser: positional arguments, `--name value` / `--name=value` options and flags.
/// Anything unknown is a usage error, never ignored.
struct Arguments {
  var positional: [String] = []
  var options: [String: String] = [:]
  var flags: Set<String> = []
  var l = Language.sv  // the language of the parser's messages (CLIMessage.language(arguments:environment:))

  /// - Parameters:
  ///   - valued: options that take a value.
  ///   - flags: options that take none.
  init(_ arguments: [String], valued: Set<String>, flags allowedFlags: Set<String>, usage: String) throws(UsageError) {
    l = CLIMessage.language(arguments: arguments, environment: ProcessInfo.processInfo.environment)
    var i = 0
    var onlyPositional = false
    while i < arguments.count {
      let argument = arguments[i]
      i += 1
      if onlyPositional || !argument.hasPrefix("--") || argument == "-" {
        if argument.hasPrefix("-") && argument.count > 1 && !onlyPositional && argument != "-" {
          throw UsageError(.unknownOption(argument.quotedForMessage), l, usage: usage)
        }
        positional.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositional = true
        continue
      }
      var name = String(argument.dropFirst(2))
      var value: String? = nil
      if let equals = name.firstIndex(of: "=") {
        value = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      if valued.contains(name) {
        if value == nil {
          guard i < arguments.count else { throw UsageError(.optionNeedsValue(name), l, usage: usage) }
          value = arguments[i]
          i += 1
        }
        guard options[name] == nil else { throw UsageError(.optionGivenTwice(name), l, usage: usage) }
        options[name] = value
      } else if allowedFlags.contains(name) {
        guard value == nil else { throw UsageError(.optionTakesNoValue(name), l, usage: usage) }
        flags.insert(name)
      } else {
        throw UsageError(.unknownOption("--" + name), l, usage: usage)
      }
    }
  }

  /// An option's value that must be one of `allowed` (by default, every case).
  func choice<C: OptionChoice>(_ name: String, among allowed: [C] = Array(C.allCases), default fallback: C, usage: String) throws(UsageError) -> C {
    try choice(name, among: allowed, spelled: \.rawValue, default: fallback, usage: usage)
  }

  /// An option's value that must be the spelling of one of `allowed`.
  func choice<C>(_ name: String, among allowed: [C], spelled: (C) -> String, default fallback: C, usage: String) throws(UsageError) -> C {
    guard let value = options[name] else { return fallback }
    guard let choice = allowed.first(where: { spelled($0) == value }) else {
      throw UsageError(.invalidChoice(value: value.quotedForMessage, option: name, expected: allowed.map(spelled).joined(separator: ", ")), l, usage: usage)
    }
    return choice
  }

  /// A percentage option (0–100), returned as a share.
  func percentage(_ name: String, usage: String) throws(UsageError) -> Double? {
    guard let text = options[name] else { return nil }
    guard Self.isPlainDecimal(text), let value = Double(text.replacingOccurrences(of: ",", with: ".")), value >= 0, value <= 100 else {
      throw UsageError(.invalidPercentage(value: text.quotedForMessage, option: name), l, usage: usage)
    }
    if value > 0 && value < 1 { Output.err(CLIMessage.percentBelowOne(option: name, text: text, value: value).text(l)) }
    return value / 100
  }

  /// Plain decimal text: digits, optionally with one `.` or `,` between digits ("12", "12.5",
  /// "12,5"). `Double` alone would also take "0x10" (16), "1e1", "inf", "nan" and a sign, none of
  /// which a person means by a percentage.
  static func isPlainDecimal(_ text: String) -> Bool {
    let parts = text.utf8.split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
    return parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
  }

  /// `--lang sv|en`; without it `SAMNYTTA_LANG` (for a session or a script); else Swedish. A misspelt variable is a usage error.
  func language(usage: String) throws(UsageError) -> Language {
    let variable = ProcessInfo.processInfo.environment["SAMNYTTA_LANG"] ?? ""
    let invalid = CLIMessage.invalidLanguageVariable(value: variable.quotedForMessage, expected: Language.spelled())
    guard let fallback = variable.isEmpty ? .sv : Language(rawValue: variable) else { throw UsageError(invalid, l, usage: usage) }
    return try choice("lang", default: fallback, usage: usage)
  }

  /// `--csv-headers labels|keys` in a command's help.
  static let csvHeadersOption = "--csv-headers \(CSVHeaders.spelled())\n\(String(repeating: " ", count: 25))csv/xlsx: headers and cell words in --lang (default), or the English machine keys for scripts"

  func csvHeaders(usage: String) throws(UsageError) -> CSVHeaders { try choice("csv-headers", default: CSVHeaders.labels, usage: usage) }

  /// The 5-year forecast options `--drop-off`, `--discount-rate` and `--external-factors` (percent);
  /// the external-factors share defaults to the model's.
  func forecastOptions(model: ModelDocument, usage: String) throws(UsageError) -> ForecastOptions {
    ForecastOptions(
      dropOff: try percentage("drop-off", usage: usage) ?? 0, discountRate: try percentage("discount-rate", usage: usage) ?? 0,
      externalFactorsShare: try percentage("external-factors", usage: usage) ?? model.parameters.externalFactorsShare)
  }

  /// `--convention payoff|welfare` in a command's help.
  static let conventionOption =
    "--convention \(SocietyConvention.spelled())\n" + String(repeating: " ", count: 25)
    + "society's convention (default: the model's): Payoff-compatible, or strict welfare"

  /// The model with society's convention chosen by `--convention`; without the option, the model's
  /// own (its `societyConvention`). The choice changes nothing else in the model.
  func model(_ model: ModelDocument, conventionUsage usage: String) throws(UsageError) -> ModelDocument {
    var chosen = model
    chosen.parameters.convention = try choice("convention", default: model.parameters.convention, usage: usage)
    return chosen
  }

  /// `--csv-dialect excel|comma`: Swedish Excel's spelling unless plain comma CSV is asked for.
  static let csvDialectOption = "--csv-dialect \(CSVDialect.spelled()) (with --format csv; default excel: ';', decimal comma, BOM)"

  func csvDialect(usage: String) throws(UsageError) -> CSVDialect {
    try choice("csv-dialect", default: CSVDialect.excel, usage: usage)
  }

  /// `--format`, one of the command's `allowed` formats.
  func format(among allowed: [OutputFormat], default fallback: OutputFormat, usage: String) throws(UsageError) -> OutputFormat {
    try choice("format", among: allowed, default: fallback, usage: usage)
  }
}
