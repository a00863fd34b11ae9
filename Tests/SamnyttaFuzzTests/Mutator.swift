import SamnyttaTestSupport

/// Deterministic byte mutations of a valid file: bit flips, inserted, deleted and duplicated
/// bytes, and numbers or values replaced by tokens that have broken parsers and arithmetic before
/// (huge and tiny numbers, negatives, empty strings, `null`).
struct Mutator {
  /// Tokens put in place of a number (or of a few bytes when there is no number at the spot).
  static let interestingTokens: [String] = [
    "1e308", "-1e308", "1e-308", "-1", "0", "-0", "\"\"", "null", "true", "[]", "{}", "9223372036854775807",
    "-9223372036854775808", "99999999999999999999", "0.0000001", "1.5", "NaN", "12;", ";", "\"", "\n", "1e18", "92233720368547758",
  ]

  var rng: SplitMix64

  init(seed: UInt64) { rng = SplitMix64(state: seed) }

  /// One of ``interestingTokens``, as bytes.
  mutating func token() -> [UInt8] { Array(Self.interestingTokens[Int.random(in: 0..<Self.interestingTokens.count, using: &rng)].utf8) }

  /// `bytes` with one to three mutations applied.
  mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
    var out = bytes
    for _ in 0..<Int.random(in: 1...3, using: &rng) { mutateOnce(&out) }
    return out
  }

  mutating func mutateOnce(_ bytes: inout [UInt8]) {
    guard !bytes.isEmpty else {
      bytes = token()
      return
    }
    let at = Int.random(in: 0..<bytes.count, using: &rng)
    switch Int.random(in: 0..<7, using: &rng) {
    case 0:  // flip one bit
      bytes[at] ^= 1 << UInt8.random(in: 0..<8, using: &rng)
    case 1:  // insert a random byte
      bytes.insert(UInt8.random(in: 0...255, using: &rng), at: at)
    case 2:  // delete up to 8 bytes
      bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...8, using: &rng)))
    case 3:  // duplicate up to 32 bytes somewhere else
      let slice = bytes[at..<min(bytes.count, at + Int.random(in: 1...32, using: &rng))]
      bytes.insert(contentsOf: slice, at: Int.random(in: 0...bytes.count, using: &rng))
    case 4:  // replace the bytes at `at` (the whole number when there is one) by an interesting token
      let token = token()
      let range = Self.numberRange(in: bytes, around: at) ?? at..<min(bytes.count, at + Int.random(in: 1...4, using: &rng))
      bytes.replaceSubrange(range, with: token)
    default:  // replace one of the file's numbers, wherever it is, by an interesting token
      let digits = bytes.indices.filter { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
      guard let digit = digits.randomElement(using: &rng), let range = Self.numberRange(in: bytes, around: digit) else { return }
      bytes.replaceSubrange(range, with: token())
    }
  }

  /// The run of number characters (digits, sign, point, comma, exponent) around `index`, if the byte there is a digit.
  static func numberRange(in bytes: [UInt8], around index: Int) -> Range<Int>? {
    func isNumberByte(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2B || b == 0x2E || b == 0x2C || b == 0x65 || b == 0x45 }
    guard bytes[index] >= 0x30 && bytes[index] <= 0x39 else { return nil }
    var lower = index
    var upper = index + 1
    while lower > 0 && isNumberByte(bytes[lower - 1]) { lower -= 1 }
    while upper < bytes.count && isNumberByte(bytes[upper]) { upper += 1 }
    return lower..<upper
  }
}
