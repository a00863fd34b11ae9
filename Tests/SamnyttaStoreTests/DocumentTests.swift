import Foundation
import SamnyttaStore
import SamnyttaTestSupport
import Testing

/// Adding, listing, exporting and removing documents.
@Suite struct DocumentTests {
  @Test func addIsAllOrNothingWhenOneIsAlreadyStored() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    let existing = try database.add([sampleDocument(1)])

    // The duplicate is last, so the two before it were already inserted when it is found.
    #expect(throws: StoreError.duplicateDocument(path: database.path, name: "Insats 1", existingID: existing[0])) {
      try database.add([sampleDocument(2), sampleDocument(3), sampleDocument(1)])
    }
    #expect(try database.allDocumentIDs() == existing)
  }

  @Test func addIsAllOrNothingWhenBatchRepeatsADocument() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    #expect(throws: StoreError.duplicateDocument(path: database.path, name: "Insats 2", existingID: nil)) {
      try database.add([sampleDocument(1), sampleDocument(2), sampleDocument(2)])
    }
    #expect(try database.documentCount() == 0)
  }

  @Test func exportGivesIdenticalBytes() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    // A byte-order mark, CRLF line ends, trailing whitespace, a NUL and invalid UTF-8.
    var awkward = Data([0xEF, 0xBB, 0xBF])
    awkward.append(Data("{\r\n  \"name\": \"Väg ut\"  \r\n}\t \r\n".utf8))
    awkward.append(contentsOf: [0x00, 0xFF, 0xFE])
    let documents = [
      NewDocument(bytes: awkward, kind: .full, name: "Väg ut", association: "A", participants: 1),
      NewDocument(bytes: Data(), kind: .summary, name: "Empty", association: "A", participants: 0),
    ]
    let ids = try database.add(documents)
    for (id, document) in zip(ids, documents) {
      let stored = try database.document(id: id)
      #expect(stored.bytes == document.bytes)
      #expect(stored.summary.sha256 == SHA256.hexDigest(document.bytes))
      #expect(stored.summary.byteCount == document.bytes.count)
    }
  }

  @Test func documentKeepsMetadata() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    let id = try database.add([sampleDocument(4, year: nil, classGroup: nil, kind: .summary)])[0]
    let summary = try database.document(id: id).summary
    #expect(summary.name == "Insats 4")
    #expect(summary.association == "Föreningen Vägen")
    #expect(summary.year == nil)
    #expect(summary.classGroup == nil)
    #expect(summary.kind == .summary)
    #expect(summary.participants == 14)
    #expect(summary.addedAt.hasSuffix("Z"))
  }

  @Test func unknownIDIsReported() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    #expect(throws: StoreError.noSuchEvaluation(path: database.path, id: 42)) { try database.document(id: 42) }
    #expect(throws: StoreError.noSuchEvaluation(path: database.path, id: 42)) { try database.remove(id: 42) }
  }

  @Test func listFilters() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    try database.add([
      sampleDocument(1, association: "Göteborgs Stadsmission", year: 2022, classGroup: "primary/traditional"),
      sampleDocument(2, association: "Malmö Kvinnojour", year: 2023, classGroup: "primary/alternative"),
      sampleDocument(3, association: "GÖTEBORGS IK", year: 2023, classGroup: "secondary/traditional", kind: .summary),
    ])
    func names(_ filter: DocumentFilter) throws -> [String] { try database.list(filter: filter).map(\.name) }
    #expect(try names(.all) == ["Insats 1", "Insats 2", "Insats 3"])
    #expect(try names(DocumentFilter(association: "göteborgs")) == ["Insats 1", "Insats 3"])
    #expect(try names(DocumentFilter(year: 2023)) == ["Insats 2", "Insats 3"])
    #expect(try names(DocumentFilter(classGroupPrefix: "primary/")) == ["Insats 1", "Insats 2"])
    #expect(try names(DocumentFilter(kind: .summary)) == ["Insats 3"])
    #expect(try names(DocumentFilter(association: "göteborg", year: 2023)) == ["Insats 3"])
  }

  @Test func removeCascadesToRuns() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    let ids = try database.add([sampleDocument(1), sampleDocument(2)])
    try database.saveRuns([sampleRun(documentID: ids[0]), sampleRun(documentID: ids[0]), sampleRun(documentID: ids[1])])

    try database.remove(id: ids[0])
    #expect(try database.allDocumentIDs() == [ids[1]])
    let count = try database.connection.prepare("SELECT count(*) FROM runs WHERE document_id = ?")
    try count.bind(ids[0], at: 1)
    try count.step()
    #expect(count.int64(at: 0) == 0)
    #expect(try database.latestRuns().map(\.documentID) == [ids[1]])
  }

  @Test func compactFormsFallBackToDocumentBytes() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    let plain = sampleDocument(1)
    let ids = try database.add([plain, sampleDocument(2, compact: Data([1, 2, 3]))])

    var forms: [CompactForm] = []
    let cursor = try database.compactForms()
    while let form = try cursor.next() { forms.append(form) }
    #expect(
      forms == [
        CompactForm(id: ids[0], kind: .full, payload: .document(plain.bytes)),
        CompactForm(id: ids[1], kind: .full, payload: .compact(Data([1, 2, 3]))),
      ])
    #expect(try cursor.next() == nil)

    try database.setCompactForms([ids[0]: Data([9])])
    #expect(try database.document(id: ids[0]).compact == Data([9]))
    #expect(throws: StoreError.noSuchEvaluation(path: database.path, id: 99)) {
      try database.setCompactForms([99: Data([9])])
    }
  }
}
