import Foundation
import SamnyttaTestSupport
import Testing

/// Record order and repetition never change a byte of the JSON output.
@Suite struct DeterminismTests {
  static let realistic = "Docs/examples/realistic-42-participants.json"

  @Test func reversedParticipantsGiveIdenticalJSON() throws {
    let original = try String(contentsOf: PackageRoot.url(Self.realistic), encoding: .utf8)
    let reversed = try reversingParticipants(original)
    #expect(reversed != original)
    // The same records, in the opposite order.
    func ids(_ text: String) throws -> [String] {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      let participants = try #require(object["participants"] as? [[String: Any]])
      return participants.compactMap { $0["id"] as? String }
    }
    let originalIDs = try ids(original)
    #expect(originalIDs.count > 20)
    #expect(try ids(reversed) == originalIDs.reversed())
    let directory = try TemporaryDirectory()
    let path = try directory.write("reversed.json", reversed)

    let a = try CLI.run(["evaluate", Self.realistic, "--format", "json"])
    let b = try CLI.run(["evaluate", path, "--format", "json"])
    #expect(a.status == 0, "\(a)")
    #expect(b.status == 0, "\(b)")
    #expect(!a.stdout.isEmpty)
    if a.stdout != b.stdout {
      Issue.record("reversing the participants changed the JSON output:\n\(lineDiff(expected: a.out, actual: b.out))")
    }
  }

  @Test func reversedParticipantsGiveIdenticalText() throws {
    let original = try String(contentsOf: PackageRoot.url(Self.realistic), encoding: .utf8)
    let directory = try TemporaryDirectory()
    let path = try directory.write("reversed.json", try reversingParticipants(original))
    let a = try CLI.run(["evaluate", Self.realistic])
    let b = try CLI.run(["evaluate", path])
    #expect(a.status == 0 && b.status == 0)
    if a.stdout != b.stdout {
      Issue.record("reversing the participants changed the text output:\n\(lineDiff(expected: a.out, actual: b.out))")
    }
  }

  @Test func twoRunsGiveIdenticalBytes() throws {
    for arguments in [
      ["evaluate", Self.realistic, "--format", "json"], ["evaluate", Self.realistic],
      ["evaluate", "Docs/examples/typfall-trampolinen.json", "--format", "json"],
    ] {
      let a = try CLI.run(arguments)
      let b = try CLI.run(arguments)
      #expect(a.status == 0, "\(a)")
      #expect(a.stdout == b.stdout, "two runs of \(arguments) differ")
      #expect(a.stderr == b.stderr)
    }
  }

  /// The realistic example has a sensible number of participants.
  @Test func realisticExampleHas20To60Participants() throws {
    let result = try CLI.run(["evaluate", Self.realistic, "--format", "json", "--no-participants"])
    #expect(result.status == 0, "\(result)")
    let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    let count = try #require(object["participants"] as? Int)
    #expect((20...60).contains(count))
  }
}

/// The input text with the elements of its top-level `participants` array in reverse order; every
/// other byte is left as it was (no JSON round trip that could reformat numbers).
func reversingParticipants(_ text: String) throws -> String {
  let bytes = Array(text.utf8)
  let key = Array("\"participants\"".utf8)
  // The top-level key: the one at nesting depth 1.
  var depth = 0
  var inString = false
  var escaped = false
  var keyAt: Int? = nil
  var i = 0
  while i < bytes.count, keyAt == nil {
    let b = bytes[i]
    if inString {
      if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
    } else if b == UInt8(ascii: "\"") {
      if depth == 1, bytes[i...].starts(with: key) {
        keyAt = i
        break
      }
      inString = true
    } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
      depth += 1
    } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
      depth -= 1
    }
    i += 1
  }
  let start = try #require(keyAt.flatMap { at in bytes[at...].firstIndex(of: UInt8(ascii: "[")) })
  // Split the array's elements at depth-0 commas.
  var elements: [Range<Int>] = []
  var elementStart = start + 1
  depth = 0
  inString = false
  escaped = false
  var end = start + 1
  while end < bytes.count {
    let b = bytes[end]
    if inString {
      if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
    } else if b == UInt8(ascii: "\"") {
      inString = true
    } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
      depth += 1
    } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
      if depth == 0 {
        elements.append(elementStart..<end)
        break
      }
      depth -= 1
    } else if b == UInt8(ascii: ","), depth == 0 {
      elements.append(elementStart..<end)
      elementStart = end + 1
    }
    end += 1
  }
  func trimmed(_ range: Range<Int>) -> [UInt8] {
    let slice = bytes[range]
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    guard let first = slice.firstIndex(where: { !isSpace($0) }), let last = slice.lastIndex(where: { !isSpace($0) }) else { return [] }
    return Array(bytes[first...last])
  }
  let body = elements.reversed().map(trimmed).map { String(decoding: $0, as: UTF8.self) }.joined(separator: ",\n")
  let prefix = String(decoding: bytes[...start], as: UTF8.self)
  let suffix = String(decoding: bytes[end...], as: UTF8.self)
  return prefix + "\n" + body + "\n" + suffix
}
