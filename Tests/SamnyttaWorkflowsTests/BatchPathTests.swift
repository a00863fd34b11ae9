import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaStore
import SamnyttaTestSupport
import Testing

@testable import SamnyttaWorkflows

/// `batch` decides most documents by resolving their compact form in place
/// (``CompactInput/resolve(_:model:)``); what that path refuses goes through the general one. Both
/// must store exactly what evaluating the JSON document stores: the same bytes, run for run.
@Suite struct BatchPathTests {
  static func model(_ id: String = "se-2025") throws -> ModelDocument {
    try ModelDocument.decode([UInt8](try Data(contentsOf: PackageRoot.url("Models/\(id).json"))), file: "\(id).json")
  }

  /// Participant `k`: states, amounts, extents, shares, care and counts chosen by `k`, so the
  /// documents cover every field the compact form holds.
  static func participant(_ k: Int, id: String) -> String {
    let before: [String] = [
      #"{ "state": "forsorjningsstod", "months": 12, "monthlyAmount": \#(6_000 + k * 37 % 5_000) }"#,
      #"{ "state": "sjukpenning", "months": 8 }, { "state": "a_kassa", "months": 4 }"#,
      #"{ "state": "aktivitetsersattning", "months": 12 }"#,
      #"{ "state": "aktivitetsstod", "months": 6, "extent": 0.5 }, { "state": "ingen_offentlig_forsorjning", "months": 9 }"#,
    ]
    let after: [String] = [
      #"{ "state": "arbete", "months": \#(3 + k % 10), "extent": 0.75, "monthlyAmount": \#(20_000 + k * 91 % 12_000) }"#,
      #"{ "state": "lonebidrag", "months": 12, "subsidyShare": 0.6 }"#,
      #"{ "state": "studier", "months": 10 }, { "state": "ingen_offentlig_forsorjning", "months": 2 }"#,
      #"{ "state": "forsorjningsstod", "months": 12 }"#,
      #"{ "state": "lonestod", "months": 7, "extent": 0.5 }, { "state": "arbete", "months": 5 }"#,
    ]
    let care = [
      "", #", "care": [ { "type": "lakarbesok_primarvard", "count": \#(k % 9) } ]"#,
      #", "care": [ { "type": "psykiatribesok", "count": 2.5 }, { "type": "akutbesok", "count": 1 } ]"#,
    ]
    let count = k % 4 == 0 ? #", "count": \#(1 + k % 7)"# : ""
    let attributes = k % 3 == 0 ? #", "sex": "kvinna", "household": "ensamstående""# : k % 3 == 1 ? #", "ageBand": "20-24""# : ""
    return """
      { "id": "\(id)"\(count)\(attributes), "before": { "spells": [ \(before[k % before.count]) ]\(care[k % care.count]) }, \
      "after": { "spells": [ \(after[(k / 3) % after.count]) ]\(care[(k / 2) % care.count]) } }
      """
  }

  static func document(_ e: Int, ids: [String], extra: String = "") -> String {
    let participants = ids.enumerated().map { participant(e * 31 + $0.offset, id: $0.element) }
    let period = e % 2 == 0 ? #""period": "2024-01/2024-12", "# : ""
    let financing = e % 3 == 0 ? #", "byType": { "personal": 100000, "lokaler": 20000 }, "financing": { "municipality": 0.5, "region": 0.5 }"# : ""
    return """
      { "formatVersion": 1, "name": "Generated \(e)", "association": "Samordningsförbundet \(e)", \(period)"year": 2024, \
      "classification": { "aim": "\(e % 2 == 0 ? "primary" : "secondary")", "method": "traditional" }, \
      "cost": { "total": 120000\(financing) }\(extra), "participants": [ \(participants.joined(separator: ", ")) ] }
      """
  }

  /// Generated documents that the resolved path decides, and ones it must leave to the general path.
  static func documents() throws -> [(name: String, json: String, resolves: Bool)] {
    var list: [(String, String, Bool)] = []
    for e in 0..<12 { list.append(("generated \(e)", document(e, ids: (0..<(1 + e * 3)).map { "E\(e)-P\($0)" }), true)) }
    // Ten digits and more, yet not a personnummer: decided by the resolved path (after the builder's check).
    #expect(!PersonalIdentityNumber.looksLikeOne("P-1234567890123"))
    list.append(("digits in an id", document(20, ids: ["P-1234567890123", "x"]), true))
    list.append(("non-ASCII id", document(21, ids: ["Åsa-1", "Bo-2"]), false))
    list.append(("non-ASCII id later", document(22, ids: ["a", "b", "deltagare-ö"]), false))
    for example in ["typfall-trampolinen.json", "realistic-42-participants.json", "forsorjningsstod-8000-till-arbete-23000.json"] {
      list.append((example, try String(contentsOf: PackageRoot.url("Docs/examples/\(example)"), encoding: .utf8), true))
    }
    for example in ["comparison-group.json", "counterfactual-scenario.json"] {
      list.append((example, try String(contentsOf: PackageRoot.url("Docs/examples/\(example)"), encoding: .utf8), false))
    }
    return list
  }

  static func same(_ a: StoredResult, _ b: StoredResult) -> Bool {
    switch (a, b) {
    case (.compact(let x), .compact(let y)): x == y
    case (.json(let x), .json(let y)): x == y
    default: false
    }
  }

  /// Stores every document with the compact form `db add` gives it, and what evaluating its JSON stores.
  static func store(_ documents: [(name: String, json: String, resolves: Bool)], in database: EvaluationDatabase, model: PreparedModel) throws
    -> [(id: Int64, expected: StoredResult)]
  {
    var expected: [StoredResult] = []
    var new: [NewDocument] = []
    for (name, json, _) in documents {
      let bytes = Array(json.utf8)
      let stored = try StoredEvaluation.evaluate(bytes, file: name, model: model).stored()
      expected.append(stored.result)
      new.append(
        NewDocument(bytes: Data(bytes), kind: .full, name: name, association: "A", participants: 1, compact: stored.compact.map { Data($0) }))
    }
    return zip(try database.add(new), expected).map { ($0, $1) }
  }

  @Test func everyPathStoresWhatTheJSONPathStores() throws {
    let model = try Self.model()
    let prepared = PreparedModel(model.parameters)
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    let documents = try Self.documents()
    let stored = try Self.store(documents, in: database, model: prepared)

    for ((name, _, resolves), (id, expected)) in zip(documents, stored) {
      let compact = try #require(try database.document(id: id).compact)
      // The resolved decoder decides exactly the documents it should, and gives the JSON path's bytes.
      let resolved = compact.withUnsafeBytes { CompactInput.resolve($0, model: prepared) }
      #expect((resolved != nil) == resolves, "\(name)")
      if let resolved {
        let result = try #require(
          prepared.evaluate(
            resolved.records, name: resolved.name, association: resolved.association, period: resolved.period,
            classification: resolved.classification, cost: resolved.cost))
        #expect(Self.same(StoredEvaluation.storedResult(result), expected), "\(name)")
      }
      // The general decoder, through EvaluationInput, gives them too.
      let input = try CompactInput.decode([UInt8](compact))
      #expect(Self.same(StoredEvaluation.storedResult(try prepared.evaluate(input, includeParticipants: false)), expected), "\(name)")
    }

    // And the batch stores them, in one run over all documents.
    #expect(try Batch.run(database: database, model: model.parameters) == documents.count)
    for ((name, _, _), (id, expected)) in zip(documents, stored) {
      let run = try #require(try database.latestRun(documentID: id))
      let batch: StoredResult = run.resultCompact.map { .compact([UInt8]($0)) } ?? .json(run.resultJSON)
      #expect(Self.same(batch, expected), "\(name)")
    }
  }

  /// A model whose codes the builder cannot match by bytes (one is not ASCII): nothing resolves,
  /// and the general path stores the same runs.
  @Test func aModelWithANonASCIICodeTakesTheGeneralPath() throws {
    var model = try Self.model()
    let i = try #require(model.parameters.states.firstIndex { $0.code == "pension" })
    model.parameters.states[i].code = "pensiön"
    let prepared = PreparedModel(model.parameters)
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    let documents = (0..<4).map { e in ("generated \(e)", Self.document(e, ids: ["a\(e)", "b\(e)"]), false) }
    let stored = try Self.store(documents, in: database, model: prepared)
    #expect(try Batch.run(database: database, model: model.parameters) == documents.count)
    for (id, expected) in stored {
      let compact = try #require(try database.document(id: id).compact)
      #expect(compact.withUnsafeBytes { CompactInput.resolve($0, model: prepared) } == nil)
      let run = try #require(try database.latestRun(documentID: id))
      #expect(Self.same(.compact([UInt8](try #require(run.resultCompact))), expected))
    }
  }

  /// A document the batch's model cannot evaluate (a code it does not know, a personnummer as an
  /// id): the batch fails with the JSON path's message, at the document's file position, and
  /// stores no run.
  @Test(arguments: ["unknown code", "personnummer"])
  func aDocumentTheModelRefusesFailsTheBatchAsTheJSONPathReports(_ problem: String) throws {
    let full = try Self.model()
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    _ = try Self.store([("fine", Self.document(1, ids: ["a", "b"]), true)], in: database, model: PreparedModel(full.parameters))
    // The problem document's JSON and the compact form of its input, as if stored before the rule
    // or the model changed.
    var json = Self.document(3, ids: (0..<9).map { "p\($0)" })
    guard case .evaluation(var input, _) = try InputDocument.decode(Array(json.utf8), file: "problem").document else {
      Issue.record("not an evaluation")
      return
    }
    var model = full
    if problem == "personnummer" {
      json = json.replacingOccurrences(of: "\"p1\"", with: "\"850101-1234\"")
      input.participants[1].id = "850101-1234"
    } else {
      #expect(json.contains("\"studier\""))
      model.parameters.states.removeAll { $0.code == "studier" }
    }
    let problemID = try database.add([
      NewDocument(bytes: Data(json.utf8), kind: .full, name: "problem", association: "A", participants: 9, compact: Data(CompactInput.encode(input)))
    ])[0]
    let prepared = PreparedModel(model.parameters)
    let compact = try #require(try database.document(id: problemID).compact)
    #expect(compact.withUnsafeBytes { CompactInput.resolve($0, model: prepared) } == nil)

    var expected = ""
    do { _ = try StoredEvaluation.evaluate(Array(json.utf8), file: "\(database.path)#\(problemID)", model: prepared) } catch { expected = "\(error)" }
    #expect(!expected.isEmpty)
    var got = ""
    do { _ = try Batch.run(database: database, model: model.parameters) } catch { got = "\(error)" }
    #expect(got == expected)
    #expect(try database.latestRuns().isEmpty)
  }
}
