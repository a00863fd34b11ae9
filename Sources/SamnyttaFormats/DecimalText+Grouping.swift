extension DecimalText {
  /// A number as people type it in a spreadsheet, thousands grouped as well: what
  /// ``DecimalText/init(_:)`` reads, and also `17.000,50` (Swedish: `.` groups, `,` is the decimal
  /// mark), `17,000.50` (English), and `1.234.567` (a mark repeated can only group). Groups after
  /// the first must have exactly three digits, so `1.23,5` is still refused. A lone `17.000` stays
  /// seventeen, as ``DecimalText/init(_:)`` reads it: one mark alone is the decimal mark.
  public init?(grouped cell: String) {
    if let plain = DecimalText(cell) {
      self = plain
      return
    }
    var text = String(cell.unicodeScalars.filter { !($0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\t") }.map(Character.init))
    var sign = ""
    if let first = text.first, first == "-" || first == "+" || first == "\u{2212}" {
      sign = String(first)
      text.removeFirst()
    }
    let marks = text.filter { $0 == "." || $0 == "," }
    guard let last = marks.last else { return nil }
    let group: Character
    var whole = Substring(text)
    var fraction: Substring = ""
    if marks.allSatisfy({ $0 == last }) {
      // One kind of mark, repeated: it groups, and there is no fraction.
      guard marks.count >= 2 else { return nil }
      group = last
    } else {
      group = last == "," ? "." : ","
      guard let decimal = text.lastIndex(of: last) else { return nil }
      whole = text[..<decimal]
      fraction = text[text.index(after: decimal)...]
      guard !whole.contains(last) else { return nil }
    }
    let groups = whole.split(separator: group, omittingEmptySubsequences: false)
    guard groups.count >= 2, let head = groups.first, (1...3).contains(head.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
      return nil
    }
    self.init(sign + groups.joined() + (fraction.isEmpty ? "" : "," + fraction))
  }
}
