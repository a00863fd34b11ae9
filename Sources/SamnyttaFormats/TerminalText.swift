/// The one place text a user wrote is made safe to print on a terminal. Names, associations,
/// participant ids and class labels come from files anyone can write; printed raw, an escape
/// character (U+001B) in a name could clear the screen, retitle the window or fake other output,
/// and a bidi override (U+202E) could show text in an order other than the one stored (the
/// "Trojan Source" trick). ``escaped(_:)`` shows each such character as a visible `\u{1B}`, in
/// Swift's own notation, and leaves every other character as it is, so å, ä, ö and emoji print.
public enum TerminalText {
  /// `text` with every C0 control character (U+0000–U+001F, tab and line breaks included, which
  /// would break a table's lines), DEL (U+007F), C1 control character (U+0080–U+009F), line and
  /// paragraph separator (U+2028, U+2029) and bidi embedding, override or isolate (U+202A–U+202E,
  /// U+2066–U+2069) written as `\u{HEX}`.
  public static func escaped(_ text: String) -> String { escape(text, keepingLineFeeds: false) }

  /// Multi-line text, such as an error message with its hints, escaped as ``escaped(_:)`` does but
  /// with its line feeds (U+000A) kept; a carriage return, which could overwrite a line, is still
  /// escaped.
  public static func escapedKeepingLineFeeds(_ text: String) -> String { escape(text, keepingLineFeeds: true) }

  static func escape(_ text: String, keepingLineFeeds: Bool) -> String {
    func unsafe(_ scalar: Unicode.Scalar) -> Bool { isUnsafe(scalar) && !(keepingLineFeeds && scalar == "\n") }
    guard text.unicodeScalars.contains(where: unsafe) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if unsafe(scalar) {
        out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Lines of a plain-text report as printed: each line escaped, each ended by a newline. A text
  /// renderer that builds its lines and returns them through this cannot print a raw control
  /// character, whichever of its fields came from input.
  public static func document(_ lines: [String]) -> String {
    lines.map(escaped).joined(separator: "\n") + "\n"
  }

  /// Whether a terminal could take `scalar` as a command rather than text to show.
  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028...0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
