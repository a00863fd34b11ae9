import SamnyttaFormats

/// The command line's own messages, in Swedish and English, from one place: the option parser's
/// usage errors, the note on a percentage below 1, and the words before a message ("fel:",
/// "användning:"). `CLIMessageTests` checks that every message exists in both languages.
///
/// The commands' own messages are ``CommandMessage``, their help texts ``HelpText``.
public enum CLIMessage: Sendable, Hashable {
  case unknownOption(String)
  case optionNeedsValue(String)
  case optionGivenTwice(String)
  case optionTakesNoValue(String)
  case invalidChoice(value: String, option: String, expected: String)
  case invalidPercentage(value: String, option: String)
  /// A whole-number option outside `range` (an upper bound of `Int.max` is "at least").
  case invalidWholeNumber(value: String, option: String, range: ClosedRange<Int>)
  case invalidLanguageVariable(value: String, expected: String)
  /// A percentage below 1 is most likely a share written as a fraction (`0.035` for 3,5 %): it is
  /// taken as written (0,035 %), and the note says what was probably meant.
  case percentBelowOne(option: String, text: String, value: Double)
  case errorPrefix
  case usagePrefix

  /// One of each message, for the test that every message exists in both languages.
  public static let examples: [CLIMessage] = [
    .unknownOption("--colour"), .optionNeedsValue("model"), .optionGivenTwice("lang"), .optionTakesNoValue("all"),
    .invalidChoice(value: "xml", option: "format", expected: "text, json"), .invalidPercentage(value: "150", option: "drop-off"),
    .invalidWholeNumber(value: "x", option: "year", range: 1900...2200),
    .invalidLanguageVariable(value: "de", expected: "sv|en"), .percentBelowOne(option: "discount-rate", text: "0.035", value: 0.035), .errorPrefix,
    .usagePrefix,
  ]

  public func text(_ l: Language) -> String {
    let sv = l == .sv
    switch self {
    case .unknownOption(let o): return sv ? "okänd flagga '\(o)'" : "unknown option '\(o)'"
    case .optionNeedsValue(let o): return sv ? "flaggan '--\(o)' behöver ett värde" : "option '--\(o)' needs a value"
    case .optionGivenTwice(let o): return sv ? "flaggan '--\(o)' är angiven två gånger" : "option '--\(o)' given twice"
    case .optionTakesNoValue(let o): return sv ? "flaggan '--\(o)' tar inget värde" : "option '--\(o)' takes no value"
    case .invalidChoice(let v, let o, let e):
      return sv ? "ogiltigt värde '\(v)' för '--\(o)'; möjliga värden: \(e)" : "invalid value '\(v)' for '--\(o)'; expected one of: \(e)"
    case .invalidPercentage(let v, let o):
      return sv
        ? "ogiltigt värde '\(v)' för '--\(o)'; ange procent mellan 0 och 100 (3,5 eller 3.5)"
        : "invalid value '\(v)' for '--\(o)'; expected a percentage between 0 and 100"
    case .invalidWholeNumber(let v, let o, let r):
      let bounds =
        r.upperBound == Int.max
        ? (sv ? "minst \(r.lowerBound)" : "of at least \(r.lowerBound)")
        : (sv ? "från \(r.lowerBound) till \(r.upperBound)" : "from \(r.lowerBound) to \(r.upperBound)")
      return sv
        ? "ogiltigt värde '\(v)' för '--\(o)'; ange ett heltal \(bounds)" : "invalid value '\(v)' for '--\(o)'; expected a whole number \(bounds)"
    case .invalidLanguageVariable(let v, let e):
      return sv ? "ogiltigt värde '\(v)' i SAMNYTTA_LANG; möjliga värden: \(e)" : "invalid value '\(v)' for SAMNYTTA_LANG; expected one of: \(e)"
    case .percentBelowOne(let o, let text, let value):
      let separator = sv ? "," : "."
      let meant = NumberFormatting.fixed(value * 100, decimals: 2, trimZeros: true, decimalSeparator: separator)
      let taken = String(text.map { $0 == "." || $0 == "," ? Character(separator) : $0 })
      return sv
        ? "anmärkning: --\(o) \(text) betyder \(taken) %; menade du \(meant) %? (ange procent: --\(o) \(meant))\n"
        : "note: --\(o) \(text) means \(taken) %; did you mean \(meant) %? (give percent: --\(o) \(meant))\n"
    case .errorPrefix: return sv ? "fel" : "error"
    case .usagePrefix: return sv ? "användning" : "usage"
    }
  }

  /// The language of a command line's messages, before its options are parsed: `--lang X` or
  /// `--lang=X` among the arguments, else `SAMNYTTA_LANG`, else Swedish (a misspelt value counts
  /// as absent here; the parser then refuses it in the language found so far).
  public static func language(arguments: [String], environment: [String: String]) -> Language {
    for (i, a) in arguments.enumerated() {
      if a == "--" { break }
      if a.hasPrefix("--lang="), let l = Language(rawValue: String(a.dropFirst(7))) { return l }
      if a == "--lang", i + 1 < arguments.count, let l = Language(rawValue: arguments[i + 1]) { return l }
    }
    return Language(rawValue: environment["SAMNYTTA_LANG"] ?? "") ?? .sv
  }
}
