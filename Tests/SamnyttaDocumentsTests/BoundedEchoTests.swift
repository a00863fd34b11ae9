import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaTestSupport
import Testing

/// Every error that quotes input quotes at most ``String/messageQuoteLimit`` scalars of it, so a
/// 50 MB number gives a short message, not a 50 MB one.
@Suite struct BoundedEchoTests {
  static let huge = String(repeating: "9", count: 1_000_000)
  static let prefix = String(repeating: "9", count: String.messageQuoteLimit) + "…"

  func inputErrors(_ json: String) -> [String] {
    do {
      _ = try InputDocument.decode(Array(json.utf8), file: "in.json")
      return []
    } catch {
      return [error.description]
    }
  }

  func document(cost: String = "{\"total\": 0}", participants: String = "[]", extra: String = "") -> String {
    "{\"formatVersion\": 1, \"name\": \"x\", \"association\": \"y\", \"cost\": \(cost), \"participants\": \(participants)\(extra)}"
  }

  @Test func aHugeAmountIsQuotedAsAPrefix() {
    let errors = inputErrors(document(cost: "{\"total\": \(Self.huge)}"))
    #expect(errors == ["in.json:1:73: $.cost.total: amount \(Self.prefix) is out of range"])
  }

  @Test func aHugeWholeNumberIsQuotedAsAPrefix() {
    let participants = "[{\"id\": \"a\", \"count\": \(Self.huge).5, \"before\": {}, \"after\": {}}]"
    let errors = inputErrors(document(participants: participants))
    #expect(errors.count == 1)
    #expect(errors.first?.hasSuffix("expected a whole number, found \(Self.prefix)") == true)
  }

  @Test func aHugeUnknownKeyIsQuotedAsAPrefixInTheMessageAndThePath() {
    let key = String(repeating: "x", count: 1_000_000)
    let errors = inputErrors(document(extra: ", \"\(key)\": 1"))
    #expect(errors.count == 1)
    #expect((errors.first?.utf8.count ?? .max) < 600)
    #expect(errors.first?.contains("unknown key '\(String(repeating: "x", count: 40))…'") == true)
  }

  @Test func aHugeDuplicateParticipantIdIsQuotedAsAPrefix() throws {
    let id = String(repeating: "p", count: 1_000_000)
    let one = "{\"id\": \"\(id)\", \"before\": {}, \"after\": {}}"
    guard case .evaluation(let input, _) = try InputDocument.decode(Array(document(participants: "[\(one), \(one)]").utf8), file: "in.json").document
    else {
      Issue.record("not an evaluation")
      return
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let model = try ModelDocument.decode([UInt8](try Data(contentsOf: root.appendingPathComponent("Models/se-2025.json"))), file: "se-2025.json")
    let violations = InputRules.violations(in: input, model: PreparedModel(model.parameters))
    #expect(violations.map(\.message).contains("duplicate id '\(String(repeating: "p", count: 40))…'; ids must be unique within an evaluation"))
    #expect(violations.allSatisfy { $0.description.utf8.count < 600 })
  }

  @Test func aHugeCSVCellIsQuotedAsAPrefix() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let model = try ModelDocument.decode([UInt8](try Data(contentsOf: root.appendingPathComponent("Models/se-2025.json"))), file: "se-2025.json")
    let csv = "id;period;state;months\nA;före;\(Self.huge);12\nA;efter;;\n"
    do {
      _ = try ParticipantCSV.read(Array(csv.utf8), file: "p.csv", model: model)
      Issue.record("a huge state was accepted")
    } catch {
      #expect(error.errors.count == 1, "\(error.errors.map { $0.description.prefix(200) })")
      #expect(error.errors.first.map { $0.description.hasPrefix("p.csv:2: column 'state': unknown state '\(Self.prefix)'") } == true)
      #expect(error.errors.allSatisfy { $0.description.utf8.count < 1000 })
    }
  }
}
