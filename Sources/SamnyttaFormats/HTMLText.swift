/// The one place text becomes HTML (and SVG) markup. Every string a report shows goes through
/// ``escape(_:)`` when it is written, so a name such as `<script>alert(1)</script>` is shown as
/// text, never run. The output is also valid XML (the report is XHTML-compatible), so only the
/// five predefined XML entities are used.
public enum HTMLText {
  /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities; control characters other than
  /// tab and newline (not allowed in XML) are dropped.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n": out.unicodeScalars.append(scalar)
      default:
        // XML 1.0 allows no other C0 controls, and no U+FFFE / U+FFFF.
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
