/// The uncertainty analysis's pseudo-random numbers: xoshiro256** (Blackman and Vigna), seeded
/// through SplitMix64 as its authors recommend. Written here, not taken from the platform, so the
/// same seed gives the same draws, and so the same bytes, on every machine and toolchain.
public struct RandomGenerator: Sendable {
  @usableFromInline var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

  /// A generator for `seed` and `stream`: streams are independent sequences of one seed (the
  /// analysis gives each source of uncertainty its own, so that adding draws to one never shifts another).
  public init(seed: UInt64, stream: UInt64 = 0) {
    var x = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
    func splitMix() -> UInt64 {
      x = x &+ 0x9E37_79B9_7F4A_7C15
      var z = x
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    s0 = splitMix()
    s1 = splitMix()
    s2 = splitMix()
    s3 = splitMix()
  }

  @inlinable static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

  /// The next 64 random bits.
  @inlinable public mutating func next() -> UInt64 {
    let result = Self.rotl(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = Self.rotl(s3, 45)
    return result
  }

  /// A uniform double in [0, 1): the top 53 bits, so every value is a multiple of 2⁻⁵³.
  @inlinable public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// A uniform whole number in 0..<`bound` (`bound` > 0), without modulo bias (Lemire's method).
  @inlinable public mutating func next(below bound: UInt64) -> UInt64 {
    precondition(bound > 0)
    var product = next().multipliedFullWidth(by: bound)
    if product.low < bound {
      let threshold = (0 &- bound) % bound
      while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
    }
    return product.high
  }
}
