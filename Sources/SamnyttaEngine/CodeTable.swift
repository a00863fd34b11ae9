/// Finds a code (a state or care type of the model) or an id by its UTF-8 bytes, for the kernel's
/// hot path: an FNV-1a hash of the bytes into an open-addressed table, no `Hasher`, no `String`
/// copied or retained.
///
/// Exact as `String` equality only for ASCII: Swift compares strings by canonical equivalence, and
/// a non-ASCII text can equal an ASCII one (the Kelvin sign U+212A is canonically "K"). So a table
/// over any non-ASCII code is not ``isUsable``, and a non-ASCII key is answered ``Lookup/undecided``;
/// the caller then falls back to the `Dictionary`/`Set` path, which keeps the language's rule.
struct CodeTable: Sendable {
  enum Lookup: Equatable {
    case found(Int)
    case absent
    /// The key is not ASCII (or the table is not usable): ask `String` equality instead.
    case undecided
  }

  private var codes: [[UInt8]] = []
  private var slots: [Int32]
  private var mask: Int
  /// Whether every code is ASCII, so that byte equality is `String` equality.
  let isUsable: Bool

  /// A table of `codes` answering each code's position; a code given twice answers its last
  /// position, as a `Dictionary` built in order does.
  init(_ codes: [String]) {
    var size = 16
    while size < codes.count * 2 { size *= 2 }
    slots = Array(repeating: -1, count: size)
    mask = size - 1
    isUsable = codes.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
    self.codes = codes.map { Array($0.utf8) }
    for i in self.codes.indices {
      var slot = Int(truncatingIfNeeded: self.codes[i].withUnsafeBufferPointer { Self.hash($0) }) & mask
      while slots[slot] >= 0, self.codes[Int(slots[slot])] != self.codes[i] { slot = (slot + 1) & mask }
      slots[slot] = Int32(i)
    }
  }

  /// The index of the code equal to `key` (first occurrence), `.absent`, or `.undecided`.
  func lookup(_ key: String) -> Lookup {
    guard isUsable else { return .undecided }
    return key.utf8.withContiguousStorageIfAvailable { lookup(bytes: $0) } ?? .undecided
  }

  /// ``lookup(_:)`` of a key given by its UTF-8 bytes.
  func lookup(bytes: UnsafeBufferPointer<UInt8>) -> Lookup {
    guard isUsable else { return .undecided }
    var ascii: UInt8 = 0
    for b in bytes { ascii |= b }
    guard ascii < 0x80 else { return .undecided }
    var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
    while slots[slot] >= 0 {
      let i = Int(slots[slot])
      let equal = codes[i].withUnsafeBufferPointer { Self.equal($0, bytes) }
      if equal { return .found(i) }
      slot = (slot + 1) & mask
    }
    return .absent
  }

  /// Byte equality of two buffers (a concrete loop: the generic `elementsEqual` is not specialised here).
  @inline(__always) static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for k in 0..<a.count where a[k] != b[k] { return false }
    return true
  }

  /// 64-bit FNV-1a.
  @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }
}
