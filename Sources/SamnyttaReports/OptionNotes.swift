import SamnyttaFormats

/// Notes on how an option's value was read, for standard error.
public enum OptionNotes {
  /// A percentage below 1 is most likely a share written as a fraction (`0.035` for 3,5 %): it
  /// is taken as written (0,035 %), and the note says what was probably meant.
  public static func percentBelowOne(option name: String, text: String, value: Double, _ l: Language) -> String {
    let separator = l == .sv ? "," : "."
    let meant = NumberFormatting.fixed(value * 100, decimals: 2, trimZeros: true, decimalSeparator: separator)
    let taken = String(text.map { $0 == "." || $0 == "," ? Character(separator) : $0 })
    return l == .sv
      ? "anmärkning: --\(name) \(text) betyder \(taken) %; menade du \(meant) %? (ange procent: --\(name) \(meant))\n"
      : "note: --\(name) \(text) means \(taken) %; did you mean \(meant) %? (give percent: --\(name) \(meant))\n"
  }
}
