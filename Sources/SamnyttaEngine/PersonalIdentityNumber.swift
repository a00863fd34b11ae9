/// Recognises Swedish personal identity numbers (personnummer) and coordination numbers
/// (samordningsnummer) anywhere in a text, so that participant data stays pseudonymous.
///
/// The rule (Docs/input-format.md, "Personal identity numbers"):
/// - A number is a run of 10 or 12 digits (`YYMMDDNNNN`, `YYYYMMDDNNNN`), or 6 or 8 date digits, one
///   separator and 4 digits (`YYMMDD-NNNN`, `YYYYMMDD+NNNN`), bounded on both sides by non-digits.
///   It may stand inside a longer text: `id 19850101-1234`, `pnr:850101-1234x`.
/// - The separator is `-`, `+`, `/` or `.`, with spaces around it allowed, or spaces alone.
/// - Written variants count as the same: any Unicode decimal digit (full-width `８`, Arabic-Indic
///   `٨`, …) as its value; any dash punctuation or minus sign (`–`, `—`, `−`, `－`) as `-`; full-width
///   `＋ ／ ．`; any space (no-break and narrow no-break included) or tab as a space. Invisible
///   format characters (zero-width space and joiners, word joiner, byte order mark, soft hyphen)
///   are ignored wherever they stand, even between digits.
/// - A text of nothing but digits, spaces and separators is read with its spaces removed, so an id
///   `8501 01 1234` is still caught (as the rule for ids always did).
/// - The date part (digits 1–6 of the short form, 3–8 of the long one) has a month 01–12 and a day
///   01–31, or 61–91 (a samordningsnummer adds 60 to the day).
///
/// Deliberate choices:
/// - The check digit is not required: a mistyped personnummer is still personal data.
/// - Not a number: a run adjacent to a decimal mark and a digit (`8501011234.50`, `0,8501011234`) is
///   part of a decimal amount; a run of 11 or 13+ digits; digits grouped by spaces inside a longer
///   text (`1 250 000 kr`); a date range (`20240101-20241231`); an organisation number (its third
///   digit is 2 or more, so its "month" is never 01–12). A phone number written as one run of 10
///   digits may be caught; it is personal data too.
///
/// Fast: a text with fewer than ten digits (almost every id and label) is answered in one pass
/// over its scalars without allocating.
public enum PersonalIdentityNumber {
  /// True when `text` holds, anywhere, something that looks like a personnummer or samordningsnummer.
  public static func looksLikeOne(_ text: String) -> Bool {
    // A full-width or other non-ASCII digit takes at least two bytes, so fewer than ten bytes
    // cannot hold ten digits.
    guard text.utf8.count >= 10, mayHoldOne(text) else { return false }
    let tokens = tokenize(text)
    if contains(tokens) { return true }
    if !tokens.contains(where: { $0 == .other || $0 == .comma }) {
      return contains(tokens.filter { $0 != .space })
    }
    return false
  }

  /// A cheap first pass without allocating: false when the text has fewer than ten digits, or
  /// has no run of six digits and an ASCII character that rules out the spaces-removed reading.
  /// It errs towards true (a non-ASCII scalar never breaks a run), never towards false.
  static func mayHoldOne(_ text: String) -> Bool {
    var digits = 0
    var run = 0
    var longestRun = 0
    var asciiOther = false
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v >= 0x30 && v <= 0x39 {
        digits += 1
        run += 1
        longestRun = max(longestRun, run)
      } else if v < 0x80 {
        run = 0
        switch v {
        case 0x20, 0x09, 0x2D, 0x2B, 0x2F, 0x2E: break
        default: asciiOther = true
        }
      } else if v >= firstNonASCIIDigit && scalar.properties.numericType == .decimal {
        digits += 1
        run += 1
        longestRun = max(longestRun, run)
      }
    }
    return digits >= 10 && (longestRun >= 6 || !asciiOther)
  }

  /// No decimal digit outside ASCII comes before ARABIC-INDIC DIGIT ZERO, so Latin letters (å, ä, ö)
  /// skip the property lookup.
  static let firstNonASCIIDigit: UInt32 = 0x0660

  /// A scalar as the rule sees it.
  enum Token: Equatable {
    case digit(UInt8)
    case space
    /// `-`, `+`, `/` or another separator that may stand between the date and the last four digits.
    case separator
    /// `.`: a separator, and a decimal mark when a digit stands on both sides of it.
    case dot
    /// `,`: a decimal mark only.
    case comma
    case other
  }

  static func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if let token = token(scalar) { tokens.append(token) }
    }
    return tokens
  }

  /// The token of one scalar; `nil` for an invisible format character, which is skipped.
  static func token(_ scalar: Unicode.Scalar) -> Token? {
    switch scalar.value {
    case 0x30...0x39: return .digit(UInt8(scalar.value - 0x30))
    case 0x20, 0x09: return .space
    case 0x2D, 0x2B, 0x2F: return .separator  // - + /
    case 0x2E: return .dot
    case 0x2C: return .comma
    case 0x00...0x7F: return .other
    // Minus signs that are not dash punctuation: − ⁻ ₋ ˗ ➖; full-width and small plus and slash.
    case 0x2212, 0x207B, 0x208B, 0x02D7, 0x2796, 0xFF0B, 0xFE62, 0x207A, 0x208A, 0x2795, 0xFF0F, 0x2215, 0x2044: return .separator
    case 0xFF0E, 0xFE52, 0x2024: return .dot  // ． ﹒ ․
    case 0xFF0C, 0xFE50: return .comma  // ， ﹐
    case 0x034F: return nil  // combining grapheme joiner
    case 0xA0: return .space
    case 0xAD: return nil  // soft hyphen, a format character
    // Latin-1 and Latin Extended hold no digit, dash, space or format character but those above.
    case 0x80...0x02FF: return .other
    // General punctuation, spelled out because it is common in Swedish text (– and no-break spaces).
    case 0x2010...0x2015: return .separator
    case 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
    case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFEFF: return nil
    case 0x2016...0x2027, 0x2030...0x205E: return .other
    default: break
    }
    let properties = scalar.properties
    if properties.numericType == .decimal, let value = properties.numericValue, value >= 0, value <= 9 {
      return .digit(UInt8(value))
    }
    switch properties.generalCategory {
    case .dashPunctuation: return .separator
    case .spaceSeparator: return .space
    case .format: return nil
    default: return .other
    }
  }

  /// Whether the tokens hold a number under the rule, with non-digits (or the ends) around it.
  static func contains(_ t: [Token]) -> Bool {
    func digit(_ i: Int) -> UInt8? {
      guard t.indices.contains(i), case .digit(let d) = t[i] else { return nil }
      return d
    }
    func isDecimalMark(_ i: Int) -> Bool { t.indices.contains(i) && (t[i] == .dot || t[i] == .comma) }
    /// The run ending before `start` is a decimal fraction's (`0.` or `3,` before it).
    func afterDecimalMark(_ start: Int) -> Bool { isDecimalMark(start - 1) && digit(start - 2) != nil }
    /// A decimal fraction follows the run ending at `end`.
    func beforeDecimalMark(_ end: Int) -> Bool { isDecimalMark(end) && digit(end + 1) != nil }
    func runEnd(_ start: Int) -> Int {
      var i = start
      while digit(i) != nil { i += 1 }
      return i
    }
    /// Month 01–12 and day 01–31 or 61–91 in the six digits YYMMDD from `start`.
    func plausibleDate(_ start: Int) -> Bool {
      guard let m1 = digit(start + 2), let m2 = digit(start + 3), let d1 = digit(start + 4), let d2 = digit(start + 5) else { return false }
      let month = Int(m1) * 10 + Int(m2)
      var day = Int(d1) * 10 + Int(d2)
      if day > 60 { day -= 60 }
      return (1...12).contains(month) && (1...31).contains(day)
    }

    var start = 0
    while start < t.count {
      guard digit(start) != nil else {
        start += 1
        continue
      }
      let end = runEnd(start)
      let length = end - start
      defer { start = end }
      if afterDecimalMark(start) { continue }
      let dateStart = length == 12 || length == 8 ? start + 2 : start
      switch length {
      case 10, 12:
        if !beforeDecimalMark(end) && plausibleDate(dateStart) { return true }
      case 6, 8:
        // Spaces, at most one separator, spaces, then exactly four digits.
        var i = end
        var separators = 0
        while i < t.count {
          if t[i] == .space {
            i += 1
          } else if (t[i] == .separator || t[i] == .dot) && separators == 0 {
            separators += 1
            i += 1
          } else {
            break
          }
        }
        guard i > end, digit(i) != nil else { continue }
        let lastEnd = runEnd(i)
        if lastEnd - i == 4 && !beforeDecimalMark(lastEnd) && plausibleDate(dateStart) { return true }
      default: continue
      }
    }
    return false
  }
}
