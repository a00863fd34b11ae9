import Foundation
import SamnyttaStore
import SamnyttaTestSupport
import Testing

/// Saving runs and finding each document's latest.
@Suite struct RunTests {
  @Test func latestRunPerDocument() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    let ids = try database.add([sampleDocument(1), sampleDocument(2), sampleDocument(3)])
    let early = Date(timeIntervalSince1970: 1_700_000_000)
    let late = early.addingTimeInterval(3600)
    try database.saveRuns([
      sampleRun(documentID: ids[0], model: "new", at: late),
      sampleRun(documentID: ids[0], model: "old", at: early),
      sampleRun(documentID: ids[1], model: "only", at: early, verkningsgrad: nil),
    ])

    let latest = try database.latestRuns()
    #expect(latest.map(\.documentID) == [ids[0], ids[1]])
    #expect(latest.map(\.modelID) == ["new", "only"])
    #expect(latest[1].figures.verkningsgrad == nil)
    #expect(latest[0].figures == sampleRun(documentID: ids[0]).figures)
    #expect(latest[0].runAt == "2023-11-14T23:13:20.000Z")
    #expect(try database.document(id: ids[0]).latestRun?.modelID == "new")
    #expect(try database.document(id: ids[2]).latestRun == nil)
    #expect(try database.runs(documentID: ids[0]).map(\.modelID) == ["old", "new"])
  }

  @Test func saveRunsIsAllOrNothing() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("db.sqlite"))
    let id = try database.add([sampleDocument(1)])[0]
    #expect(throws: StoreError.noSuchEvaluation(path: database.path, id: 777)) {
      try database.saveRuns([sampleRun(documentID: id), sampleRun(documentID: 777)])
    }
    #expect(try database.latestRuns().isEmpty)
  }
}
