import SamnyttaEngine

/// Deterministic number formatting, without locale machinery: the same bytes on every machine.
public enum NumberFormatting {
  /// Kronor as a JSON number: `1234.5`, `-12`, `0.05`.
  public static func plainKronor(_ money: Money) -> String {
    let negative = money.ore < 0
    let magnitude = money.ore.magnitude
    var text = String(magnitude / 100)
    let ore = magnitude % 100
    if ore != 0 { text += ore % 10 == 0 ? "." + String(ore / 10) : (ore < 10 ? ".0" : ".") + String(ore) }
    return negative ? "-" + text : text
  }

  /// `x` with `decimals` decimals, rounded half away from zero; optionally without trailing zeros.
  /// Total for every finite `x`: beyond 2⁶³ (where a double has no fraction left) the exact
  /// integer digits are written, e.g. a cost per verkningsgrad point of 10²¹ kr.
  public static func fixed(_ x: Double, decimals: Int, trimZeros: Bool = false, decimalSeparator: String = ".") -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (x * scale).rounded()
    if !(abs(scaled) < 0x1p63) {
      guard x.isFinite else { return x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf") }
      let whole = integerDigits(abs(x.rounded()))
      let fraction = decimals > 0 && !trimZeros ? decimalSeparator + String(repeating: "0", count: decimals) : ""
      return (x < 0 ? "-" : "") + whole + fraction
    }
    let negative = scaled < 0
    let magnitude = UInt64(abs(scaled))
    var whole = String(magnitude / UInt64(scale))
    var fraction = decimals > 0 ? String(magnitude % UInt64(scale)) : ""
    if decimals > 0 { fraction = String(repeating: "0", count: decimals - fraction.count) + fraction }
    if trimZeros { while fraction.hasSuffix("0") { fraction.removeLast() } }
    if !fraction.isEmpty { whole += decimalSeparator + fraction }
    return (negative && magnitude != 0 ? "-" : "") + whole
  }

  /// The decimal digits of a non-negative integral double, exactly: its significand doubled
  /// `exponent` times in base-10⁹ limbs.
  static func integerDigits(_ x: Double) -> String {
    guard x >= 0x1p63 else { return String(UInt64(x)) }
    var limbs: [UInt64] = [x.significandBitPattern | (1 << 52)]  // below 2⁵³, one limb after normalising
    var carry: UInt64 = 0
    limbs = [limbs[0] % 1_000_000_000, limbs[0] / 1_000_000_000]
    for _ in 0..<(Int(x.exponent) - 52) {
      carry = 0
      for i in limbs.indices {
        let v = limbs[i] * 2 + carry
        limbs[i] = v % 1_000_000_000
        carry = v / 1_000_000_000
      }
      if carry > 0 { limbs.append(carry) }
    }
    while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
    var text = String(limbs.last!)
    for limb in limbs.dropLast().reversed() {
      let part = String(limb)
      text += String(repeating: "0", count: 9 - part.count) + part
    }
    return text
  }

  /// Whole kronor with a thousands separator: `1 234 567` (sv) or `1,234,567` (en).
  public static func grouped(_ money: Money, language: Language) -> String {
    let kronor = (Double(money.ore) / 100).rounded()
    return group(Int64(kronor), separator: language == .sv ? " " : ",")
  }

  /// A kronor amount held as a ratio (e.g. kr per verkningsgrad point), in whole kronor with grouping.
  /// Never traps: a value too large for ``Money`` is grouped from its exact digits, a non-finite one is "–".
  public static func grouped(kronor: Double, language: Language) -> String {
    guard kronor.isFinite else { return "–" }
    guard abs(kronor) < 1e15 else {
      return group(digits: integerDigits(abs(kronor.rounded())), negative: kronor < 0, separator: language == .sv ? " " : ",")
    }
    return grouped(Money(ore: Int64((kronor * 100).rounded())), language: language)
  }

  /// Kronor with öre where there are any: `21 586,08` (sv) or `21,586.08` (en).
  public static func groupedWithOre(_ money: Money, language: Language) -> String {
    let whole = group(money.ore / 100, separator: language == .sv ? " " : ",")
    let ore = money.ore.magnitude % 100
    guard ore != 0 else { return whole }
    let sign = money.ore < 0 && money.ore / 100 == 0 ? "−" : ""
    return sign + whole + (language == .sv ? "," : ".") + (ore < 10 ? "0" : "") + String(ore)
  }

  static func group(_ value: Int64, separator: String) -> String {
    group(digits: String(value.magnitude), negative: value < 0, separator: separator)
  }

  static func group(digits: String, negative: Bool, separator: String) -> String {
    var out = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
      out.append(digit)
    }
    return (negative ? "−" : "") + out
  }

  /// A decimal for people with its whole part grouped as kronor are: `1 273,3` (sv), `1,273.3`
  /// (en), so a payback of more than 1 000 months reads like any other large number.
  public static func groupedDecimal(_ x: Double, decimals: Int, language: Language) -> String {
    let text = decimal(x, decimals: decimals, language: language)
    let negative = text.hasPrefix("−")
    let body = negative ? text.dropFirst() : Substring(text)
    let whole = body.prefix { $0.isASCII && $0.isNumber }
    guard !whole.isEmpty else { return text }
    return group(digits: String(whole), negative: negative, separator: language == .sv ? " " : ",") + body.dropFirst(whole.count)
  }

  /// A ratio for people: decimal comma in Swedish, point in English.
  public static func decimal(_ x: Double, decimals: Int, language: Language) -> String {
    let text = fixed(x, decimals: decimals, decimalSeparator: language == .sv ? "," : ".")
    return text.replacingMinus()
  }
}

extension String {
  /// A typographic minus for human-readable text.
  fileprivate func replacingMinus() -> String { hasPrefix("-") ? "−" + dropFirst() : self }
}
