import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaTestSupport
import Testing

/// The compact form `batch` reads must give exactly the input the JSON gives.
@Suite struct CompactInputTests {
  static let examples = [
    "typfall-trampolinen.json", "realistic-42-participants.json", "forsorjningsstod-8000-till-arbete-23000.json", "comparison-group.json",
    "counterfactual-scenario.json",
  ]

  static func input(_ name: String) throws -> EvaluationInput {
    let url = PackageRoot.url("Docs/examples/\(name)")
    let bytes = [UInt8](try Data(contentsOf: url))
    guard case .evaluation(let input, _) = try InputDocument.decode(bytes, file: name).document else {
      Issue.record("\(name) is not an evaluation")
      throw CancellationError()
    }
    return input
  }

  @Test(arguments: examples)
  func roundTripGivesTheSameBytesAndTheSameResult(name: String) throws {
    let input = try Self.input(name)
    let compact = CompactInput.encode(input)
    let decoded = try CompactInput.decode(compact)
    #expect(CompactInput.encode(decoded) == compact)
    let modelURL = PackageRoot.url("Models/se-2025.json")
    let model = try ModelDocument.decode([UInt8](try Data(contentsOf: modelURL)), file: "se-2025.json")
    let prepared = PreparedModel(model.parameters)
    let a = ResultJSON.evaluation(try prepared.evaluate(input), toolVersion: "t", includeParticipants: true).rendered()
    let b = ResultJSON.evaluation(try prepared.evaluate(decoded), toolVersion: "t", includeParticipants: true).rendered()
    #expect(a == b)
  }

  /// A cache written before the baselines (`SNC1`: no counterfactual flags, no comparison group)
  /// still decodes, to the same input.
  @Test func theLayoutBeforeTheBaselinesStillDecodes() throws {
    let input = try Self.input("forsorjningsstod-8000-till-arbete-23000.json")
    let current = CompactInput.encode(input)
    #expect(Array(current.prefix(4)) == Array("SNC2".utf8))
    // SNC1 is SNC2 without the record's counterfactual flag (one zero byte at the end of the only
    // record) and without the comparison group's flag (the last byte).
    let old = Array("SNC1".utf8) + current.dropFirst(4).dropLast(2)
    #expect(current.suffix(2) == [0, 0])
    let decoded = try CompactInput.decode(old)
    #expect(CompactInput.encode(decoded) == current)
    #expect(decoded.comparison == nil && decoded.participants.allSatisfy { $0.counterfactual == nil })
  }

  @Test func truncatedOrForeignBytesAreRefusedNotTrapped() throws {
    let compact = CompactInput.encode(try Self.input(Self.examples[0]))
    for length in [0, 3, 4, 10, compact.count / 2, compact.count - 1] {
      #expect(throws: CompactInput.DecodingError.self) { try CompactInput.decode(Array(compact.prefix(length))) }
    }
    #expect(throws: CompactInput.DecodingError.self) { try CompactInput.decode(compact + [0]) }
    #expect(throws: CompactInput.DecodingError.self) { try CompactInput.decode(Array("{\"formatVersion\": 1}".utf8)) }
  }

  @Test func invalidUTF8InAStringIsRefusedNotReplaced() throws {
    var input = try Self.input(Self.examples[0])
    input.name = "ab"
    var compact = CompactInput.encode(input)
    // After the 4-byte magic: the name's length (one byte, 2), then its bytes.
    #expect(Array(compact[4..<7]) == [2, 0x61, 0x62])
    compact[5] = 0xE5
    let error = #expect(throws: CompactInput.DecodingError.self) { try CompactInput.decode(compact) }
    #expect(error?.description == "invalid UTF-8 in a string of compact input")
  }
}
