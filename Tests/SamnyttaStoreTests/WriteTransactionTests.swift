import Foundation
import SamnyttaStore
import SamnyttaTestSupport
import Testing

/// `batch`'s one write transaction: runs stored while the documents are read, kept only when the
/// whole body returns.
@Suite struct WriteTransactionTests {
  struct Interrupted: Error {}

  @Test func runsAndCompactFormsStoredWhileReadingLandTogether() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    let ids = try database.add([sampleDocument(1), sampleDocument(2), sampleDocument(3)])
    let early = Date(timeIntervalSince1970: 1_700_000_000)
    let late = early.addingTimeInterval(0.25)
    let saved = try database.writing { transaction in
      let cursor = try database.compactForms()
      var saved: [Int64] = []
      var bytes: [UInt8] = []
      // Each run is inserted while the cursor over the documents is still open.
      while let row = try cursor.next(appendingTo: &bytes) {
        // Times change between runs, so the text formatted once per time is not reused for another.
        saved.append(try transaction.insert(sampleRun(documentID: row.id, at: saved.count == 1 ? late : early)))
      }
      try transaction.setCompactForms([ids[1]: Data([1, 2, 3])])
      return saved.count
    }
    #expect(saved == 3)
    #expect(try database.latestRuns().map(\.documentID) == ids)
    let times = try database.latestRuns().map(\.runAt)
    #expect(times == ["2023-11-14T22:13:20.000Z", "2023-11-14T22:13:20.250Z", "2023-11-14T22:13:20.000Z"], "\(times)")
    #expect(try database.document(id: ids[1]).compact == Data([1, 2, 3]))
  }

  @Test func aThrowingBodyLeavesNothing() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    let ids = try database.add([sampleDocument(1), sampleDocument(2)])
    #expect(throws: Interrupted.self) {
      try database.writing { transaction in
        try transaction.insert(sampleRun(documentID: ids[0]))
        try transaction.setCompactForms([ids[0]: Data([9])])
        throw Interrupted()
      }
    }
    #expect(throws: StoreError.noSuchEvaluation(path: database.path, id: 777)) {
      try database.writing { transaction in
        try transaction.insert(sampleRun(documentID: ids[1]))
        try transaction.insert(sampleRun(documentID: 777))
      }
    }
    #expect(try database.latestRuns().isEmpty)
    #expect(try database.document(id: ids[0]).compact == nil)
    // The connection is usable afterwards: a new transaction commits.
    try database.writing { transaction in try transaction.insert(sampleRun(documentID: ids[0])) }
    #expect(try database.latestRuns().count == 1)
  }
}
