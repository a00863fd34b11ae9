/// Keeps a number in one piece on the page: the spaces inside "1 234 567 kr", "4,1 mån" and
/// "23,8 %" become no-break spaces (U+00A0), so a browser or a PDF never wraps a figure in the
/// middle or puts its unit on the next line. Only a space with a digit before it and a digit or
/// a unit after it is changed; other text wraps as before.
public enum NoBreakNumbers {
  static let noBreakSpace: Character = "\u{00A0}"
  /// What may follow a number's last digit on the same line.
  static let units = ["kr", "SEK", "%", "mån", "months", "procentenheter", "points", "deltagare", "participants", "år", "years"]

  public static func joined(_ text: String) -> String {
    let characters = Array(text)
    guard characters.contains(" ") else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for (i, c) in characters.enumerated() {
      if c == " ", i > 0, characters[i - 1].isASCIIDigit, i + 1 < characters.count, startsNumberPart(characters, at: i + 1) {
        out.append(noBreakSpace)
      } else {
        out.append(c)
      }
    }
    return out
  }

  /// A digit, or a unit that ends there (followed by no letter).
  static func startsNumberPart(_ characters: [Character], at start: Int) -> Bool {
    if characters[start].isASCIIDigit { return true }
    for unit in units {
      let u = Array(unit)
      guard start + u.count <= characters.count, Array(characters[start..<start + u.count]) == u else { continue }
      if start + u.count == characters.count || !characters[start + u.count].isLetter { return true }
    }
    return false
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
