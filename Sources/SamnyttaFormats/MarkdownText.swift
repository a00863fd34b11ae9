/// The one place text becomes Markdown. A cell or paragraph must stay one piece of text: pipes
/// would split a table row, `*`, `_`, `` ` ``, `[` and `#` would turn into formatting or links,
/// and `<` would let raw HTML through (`<script>` is written `&lt;script&gt;`).
public enum MarkdownText {
  /// `text` escaped for a paragraph or a table cell; line breaks become spaces.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "|": out += "\\|"
      case "\\", "*", "_", "`", "[", "]", "#", "~": out += "\\" + String(scalar)
      case "\n", "\r", "\t": out += " "
      default:
        if scalar.value < 0x20 { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
