import Foundation
import SamnyttaEngine
import SamnyttaTestSupport
import Testing

@testable import SamnyttaDocuments

/// The resolved decoder (`batch`'s fast path) refuses whatever the general decoder refuses, and
/// decides the inputs it accepts as the general path does (BatchPathTests compares the stored runs).
@Suite struct CompactInputResolvedTests {
  static func prepared() throws -> PreparedModel {
    let model = try ModelDocument.decode([UInt8](try Data(contentsOf: PackageRoot.url("Models/se-2025.json"))), file: "se-2025.json")
    return PreparedModel(model.parameters)
  }

  static func resolve(_ bytes: [UInt8], _ model: PreparedModel) -> CompactInput.Resolved? {
    bytes.withUnsafeBytes { CompactInput.resolve($0, model: model) }
  }

  @Test func everyPrefixAndTrailingByteIsRefusedAsByTheGeneralDecoder() throws {
    let model = try Self.prepared()
    let input = try CompactInputTests.input("typfall-trampolinen.json")
    let compact = CompactInput.encode(input)
    let resolved = try #require(Self.resolve(compact, model))
    #expect(resolved.records.recordCount == input.participants.count && resolved.records.people == input.participantCount)
    #expect(resolved.name == input.name && resolved.period == input.period && resolved.cost.byType == input.cost.byType)
    for length in 0..<compact.count {
      #expect(Self.resolve(Array(compact.prefix(length)), model) == nil, "prefix \(length)")
    }
    #expect(Self.resolve(compact + [0], model) == nil)
  }

  /// `SNC1` (before the baselines) resolves too, to the same records.
  @Test func theLayoutBeforeTheBaselinesResolves() throws {
    let model = try Self.prepared()
    let input = try CompactInputTests.input("forsorjningsstod-8000-till-arbete-23000.json")
    let current = CompactInput.encode(input)
    let old = Array("SNC1".utf8) + current.dropFirst(4).dropLast(2)
    let a = try #require(Self.resolve(current, model))
    let b = try #require(Self.resolve(old, model))
    #expect(model.totalAccounts(a.records).map { "\($0)" } == model.totalAccounts(b.records).map { "\($0)" })
  }

  /// Skipped attributes are checked as the general decoder checks every string.
  @Test func invalidUTF8InASkippedAttributeIsRefused() throws {
    let model = try Self.prepared()
    var input = try CompactInputTests.input("forsorjningsstod-8000-till-arbete-23000.json")
    input.participants[0].attributes = ["k": "ab"]
    var compact = CompactInput.encode(input)
    #expect(Self.resolve(compact, model) != nil)
    let at = try #require((0..<compact.count - 4).first { Array(compact[$0..<$0 + 4]) == [1, 0x6B, 2, 0x61] })
    compact[at + 3] = 0xE5
    #expect(throws: CompactInput.DecodingError.self) { try CompactInput.decode(compact) }
    #expect(Self.resolve(compact, model) == nil)
  }

  @Test func theUTF8CheckAgreesWithStringValidation() {
    let samples: [[UInt8]] = [
      [], Array("plain".utf8), Array("ensamstående".utf8), Array("😀 ok".utf8), [0xE5], [0xC3], [0xC0, 0x80], [0xE0, 0x80, 0x80],
      [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x61, 0xFF], [0xEF, 0xBB, 0xBF], [0xF0, 0x9F, 0x98],
    ]
    for bytes in samples {
      let valid = String(validating: bytes, as: UTF8.self) != nil
      #expect(bytes.withUnsafeBytes { CompactInput.isUTF8($0) } == valid, "\(bytes)")
    }
  }
}
