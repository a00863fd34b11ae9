import SamnyttaEngine

/// A number as a spreadsheet cell writes it, kept as decimal digits so that it can be written to
/// JSON and turned into öre without a detour through binary floating point.
///
/// Accepts a decimal comma or point, spaces (also no-break and narrow no-break, as Swedish Excel
/// groups thousands) between digits, a leading `+`, `-` or `−`. Refuses anything else, including a
/// point used to group thousands (`23.000,50`), so that no amount is silently misread.
public struct DecimalText: Sendable, Equatable {
  public var negative: Bool
  /// All digits, without leading zeros beyond those needed for the fraction (`"135"` for 13.5).
  public var digits: String
  /// How many of `digits` are after the decimal point.
  public var scale: Int

  public init?(_ cell: String) {
    var scalars = String.UnicodeScalarView()
    for s in cell.unicodeScalars where !(s == " " || s == "\u{00A0}" || s == "\u{202F}" || s == "\t") { scalars.append(s) }
    var text = Substring(String(scalars))
    negative = false
    if let first = text.first, first == "-" || first == "+" || first == "\u{2212}" {
      negative = first != "+"
      text = text.dropFirst()
    }
    let parts = text.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "." }
    guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
    let whole = parts[0]
    let fraction = parts.count == 2 ? parts[1] : ""
    guard !(whole.isEmpty && fraction.isEmpty), parts.count == 1 || !fraction.isEmpty else { return nil }
    digits = String(whole) + String(fraction)
    scale = fraction.count
    normalize()
  }

  /// Drops leading zeros of the whole part and trailing zeros of the fraction.
  mutating func normalize() {
    while scale > 0 && digits.hasSuffix("0") {
      digits.removeLast()
      scale -= 1
    }
    while digits.count > scale + 1 && digits.hasPrefix("0") { digits.removeFirst() }
    if digits.isEmpty { digits = "0" }
    if digits.allSatisfy({ $0 == "0" }) { negative = false }
  }

  /// The value divided by 100 (a percentage as a share), exactly.
  public var hundredth: DecimalText {
    var shifted = self
    shifted.scale += 2
    shifted.normalize()
    return shifted
  }

  /// As a JSON number: `13.5`, `0.25`, `-3`.
  public var json: String {
    var padded = digits
    if padded.count <= scale { padded = String(repeating: "0", count: scale + 1 - padded.count) + padded }
    let point = padded.index(padded.endIndex, offsetBy: -scale)
    let text = scale == 0 ? padded : String(padded[..<point]) + "." + String(padded[point...])
    return (negative ? "-" : "") + text
  }

  public var double: Double { Double(json) ?? .nan }

  /// Whether the number has no fraction.
  public var isWhole: Bool { scale == 0 }

  /// Exact kronor, when there are at most two decimals and at most 15 whole digits.
  public var money: Money? {
    guard scale <= 2, digits.count - scale <= 15, let value = Int64(digits) else { return nil }
    let ore = scale == 2 ? value : scale == 1 ? value * 10 : value * 100
    return Money(ore: negative ? -ore : ore)
  }
}
