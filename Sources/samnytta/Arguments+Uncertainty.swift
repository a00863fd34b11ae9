import Foundation
import SamnyttaEngine

extension Arguments {
  /// The options of `--uncertainty`, for a command's `valued` and `flags` sets.
  static let uncertaintyValued: Set<String> = ["draws", "seed", "level"]
  static let uncertaintyFlag = "uncertainty"
  /// The largest `--draws`: a million draws of a large evaluation already take hours.
  static let maximumDraws = 1_000_000

  /// `--uncertainty [--draws N] [--seed S] [--level PCT]` in a command's help.
  static let uncertaintyOption =
    "--uncertainty          intervals from the participant bootstrap and the model's parameter ranges (Docs/method.md)\n"
    + "  --draws N              with --uncertainty: draws per source (default \(UncertaintySettings.defaultDraws), at most \(maximumDraws))\n"
    + "  --seed S               with --uncertainty: the random seed, a whole number (default \(UncertaintySettings.defaultSeed)); the same seed gives the same bytes\n"
    + "  --level PCT            with --uncertainty: the interval's coverage in percent, above 0 and below 100 (default \(Int(UncertaintySettings.defaultLevel)))"

  /// The settings of `--uncertainty`, or `nil` without it; `--draws`, `--seed` and `--level`
  /// without `--uncertainty` are a usage error rather than silently ignored.
  func uncertaintySettings(usage: String) throws(UsageError) -> UncertaintySettings? {
    guard flags.contains(Self.uncertaintyFlag) else {
      if let given = Self.uncertaintyValued.sorted().first(where: { options[$0] != nil }) {
        throw UsageError("--\(given) is only used with --uncertainty", usage: usage)
      }
      return nil
    }
    var settings = UncertaintySettings()
    if let text = options["draws"] {
      guard let draws = Self.wholeNumber(text), draws >= 1, draws <= UInt64(Self.maximumDraws) else {
        throw UsageError("invalid value '\(text.quotedForMessage)' for '--draws'; expected a whole number from 1 to \(Self.maximumDraws)", usage: usage)
      }
      settings.draws = Int(draws)
    }
    if let text = options["seed"] {
      guard let seed = Self.wholeNumber(text) else {
        throw UsageError("invalid value '\(text.quotedForMessage)' for '--seed'; expected a whole number from 0 to \(UInt64.max)", usage: usage)
      }
      settings.seed = seed
    }
    if let text = options["level"] {
      guard Self.isPlainDecimal(text), let level = Double(text.replacingOccurrences(of: ",", with: ".")), level > 0, level < 100 else {
        throw UsageError("invalid value '\(text.quotedForMessage)' for '--level'; expected a percentage above 0 and below 100", usage: usage)
      }
      settings.level = level
    }
    return settings
  }

  /// Decimal digits only (no sign, no spaces), fitting in 64 bits.
  static func wholeNumber(_ text: String) -> UInt64? {
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
    return UInt64(text)
  }
}
