/// A plain-text table: the first column left-aligned (labels), the others right-aligned (figures),
/// two spaces between columns. Widths count characters, so å, ä and ö line up. Every cell goes
/// through ``TerminalText/escaped(_:)``, so a name with control characters prints visibly and
/// cannot break the table's lines or command the terminal.
public enum TextTable {
  public static func lines(_ rows: [[String]], indent: String = "") -> [String] {
    let rows = rows.map { $0.map(TerminalText.escaped) }
    guard let columns = rows.map(\.count).max(), columns > 0 else { return [] }
    let widths = (0..<columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
    return rows.map { row in
      var line = indent
      for c in 0..<columns {
        let cell = c < row.count ? row[c] : ""
        let pad = String(repeating: " ", count: widths[c] - cell.count)
        line += c == 0 ? cell + pad : "  " + pad + cell
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }
}
