import Foundation
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports

/// A tiny argument parser: positional arguments, `--name value` / `--name=value` options and flags.
/// Anything unknown is a usage error, never ignored.
public struct Arguments: Sendable {
  public var positional: [String] = []
  public var options: [String: String] = [:]
  public var flags: Set<String> = []
  public var l = Language.sv  // the language of the parser's messages (CLIMessage.language(arguments:environment:))

  /// - Parameters:
  ///   - valued: options that take a value.
  ///   - flags: options that take none.
  public init(_ arguments: [String], valued: Set<String>, flags allowedFlags: Set<String>, usage: String) throws(UsageError) {
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
  public func choice<C: OptionChoice>(_ name: String, among allowed: [C] = Array(C.allCases), default fallback: C, usage: String) throws(UsageError)
    -> C
  {
    try choice(name, among: allowed, spelled: \.rawValue, default: fallback, usage: usage)
  }

  /// An option's value that must be the spelling of one of `allowed`.
  public func choice<C>(_ name: String, among allowed: [C], spelled: (C) -> String, default fallback: C, usage: String) throws(UsageError) -> C {
    guard let value = options[name] else { return fallback }
    guard let choice = allowed.first(where: { spelled($0) == value }) else {
      throw UsageError(
        .invalidChoice(value: value.quotedForMessage, option: name, expected: allowed.map(spelled).joined(separator: ", ")), l, usage: usage)
    }
    return choice
  }

  /// A whole-number option in `range` (`--year`, `--version`, `--min-group`): plain ASCII digits only
  /// (no sign, no `0x`), so what a user typed is what is used. `nil` when the option is absent.
  public func wholeNumber(_ name: String, in range: ClosedRange<Int>, usage: String) throws(UsageError) -> Int? {
    guard let text = options[name] else { return nil }
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(text), range.contains(n) else {
      throw UsageError(.invalidWholeNumber(value: text.quotedForMessage, option: name, range: range), l, usage: usage)
    }
    return n
  }

  /// Plain decimal text: digits, optionally with one `.` or `,` between digits ("12", "12.5",
  /// "12,5"). `Double` alone would also take "0x10" (16), "1e1", "inf", "nan" and a sign, none of
  /// which a person means by a percentage.
  public static func isPlainDecimal(_ text: String) -> Bool {
    let parts = text.utf8.split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
    return parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
  }
}
