import Testing

@testable import SamnyttaDocuments

/// `batch` keeps one ``CompactInput/CodeMemo`` per worker for all the documents it resolves, so a
/// hit must be a code with the very same bytes, whatever shares its slot and whatever bytes held it.
@Suite struct CodeMemoTests {
  static func bytes(_ code: String) -> [UInt8] { Array(code.utf8) }

  @Test func aHitIsAlwaysTheSameCodeAndNeverAnotherInTheSameSlot() {
    // Same length and the same first, middle and last byte: the same slot, different codes.
    let codes = [
      "aXcdefg", "aYcdefg", "arbete", "arbeta", "forsorjningsstod", "forsorjningsstoe", "a", "b", "lakarbesok_primarvard",
      "ingen_offentlig_forsorjning", String(repeating: "x", count: 32),
    ]
    let slots = ["aXcdefg", "aYcdefg"].map { Self.bytes($0).withUnsafeBytes { CompactInput.CodeMemo.slot($0) } }
    #expect(slots[0] == slots[1])
    var memo = CompactInput.CodeMemo()
    var remembered: [String: Int] = [:]
    for (index, code) in codes.enumerated() {
      Self.bytes(code).withUnsafeBytes { memo.remember(state: $0, index) }
      remembered[code] = index
      for other in codes {
        // The code's bytes in a buffer of their own, as a later document holds them.
        let found = Self.bytes(other).withUnsafeBytes { memo.state($0) }
        if let found { #expect(found == remembered[other], "\(other) found as \(found)") }
      }
      #expect(Self.bytes(code).withUnsafeBytes { memo.state($0) } == index)
      #expect(Self.bytes(code).withUnsafeBytes { memo.care($0) } == nil)
    }
  }

  @Test func codesLongerThanTheMemoHoldsAreLookedUpEveryTime() {
    var memo = CompactInput.CodeMemo()
    let long = Self.bytes(String(repeating: "y", count: 33))
    long.withUnsafeBytes { memo.remember(care: $0, 3) }
    #expect(long.withUnsafeBytes { memo.care($0) } == nil)
    #expect([UInt8]().withUnsafeBytes { memo.care($0) } == nil)
  }
}
