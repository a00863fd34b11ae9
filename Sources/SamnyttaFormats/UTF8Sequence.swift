/// Well-formed UTF-8 as Unicode defines it (The Unicode Standard, Table 3-7): no overlong forms, no
/// encoded surrogates, nothing above U+10FFFF. The JSON parser and the CSV reader check their
/// bytes with it so that text which is not UTF-8 is refused or read by a stated rule, never
/// turned into U+FFFD without a word.
enum UTF8Sequence {
  /// The length (1–4) of the well-formed sequence starting at `bytes[start]`, or `nil` when the
  /// bytes there are not UTF-8.
  static func length(in bytes: [UInt8], at start: Int) -> Int? {
    let lead = bytes[start]
    if lead < 0x80 { return 1 }
    let (length, second): (Int, ClosedRange<UInt8>)
    switch lead {
    case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
    case 0xE0: (length, second) = (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
    case 0xED: (length, second) = (3, 0x80...0x9F)
    case 0xF0: (length, second) = (4, 0x90...0xBF)
    case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
    case 0xF4: (length, second) = (4, 0x80...0x8F)
    default: return nil
    }
    guard start + length <= bytes.count, second.contains(bytes[start + 1]),
      bytes[start + 2..<start + length].allSatisfy({ (0x80...0xBF).contains($0) })
    else { return nil }
    return length
  }

  /// Where `bytes` (from `start` on) first fails to be UTF-8, and whether they hold any well-formed
  /// multi-byte sequence (a sign the text was meant to be UTF-8).
  static func scan(_ bytes: [UInt8], from start: Int) -> (firstInvalid: Int?, hasMultiByte: Bool) {
    var firstInvalid: Int?
    var hasMultiByte = false
    var i = start
    while i < bytes.count {
      if let n = length(in: bytes, at: i) {
        if n > 1 { hasMultiByte = true }
        i += n
      } else {
        if firstInvalid == nil { firstInvalid = i }
        i += 1
      }
    }
    return (firstInvalid, hasMultiByte)
  }
}

extension UInt8 {
  /// A byte as messages name it: `0xE5`.
  var hexForMessage: String { "0x" + (self < 0x10 ? "0" : "") + String(self, radix: 16, uppercase: true) }
}
