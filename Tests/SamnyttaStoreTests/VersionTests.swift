import Foundation
import SamnyttaTestSupport
import Testing

@testable import SamnyttaStore

/// Versions of one evaluation (Docs/database.md, "Identity and versions").
@Suite struct VersionTests {
  func document(_ text: String, identity: String?, priceYear: Int? = nil) -> NewDocument {
    NewDocument(
      bytes: Data(text.utf8), kind: .full, name: "Insats", association: "Förbundet", year: 2024, classGroup: "primary/traditional",
      participants: 10, identity: identity, priceYear: priceYear)
  }

  @Test func aChangedDocumentWithTheSameIdentityIsTheNextVersion() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("e.sqlite"))
    let ids = try database.add([document("{\"a\":1}", identity: "id:x"), document("{\"a\":2}", identity: "id:y")])
    let second = try database.add([document("{\"a\":3}", identity: "id:x", priceYear: 2023)])
    let versions = try database.versions(of: ids[0])
    #expect(versions.map(\.version) == [1, 2] && versions.map(\.id) == [ids[0], second[0]])
    #expect(versions[1].priceYear == 2023 && versions[0].priceYear == nil)
    // One row per evaluation, the latest version, with its count; every version when asked.
    let latest = try database.list()
    #expect(latest.map(\.id) == [ids[1], second[0]] && latest.map(\.versionCount) == [1, 2] && latest.allSatisfy(\.isLatest))
    var all = DocumentFilter.all
    all.latestOnly = false
    #expect(try database.list(filter: all).count == 3)
    // The same bytes again are refused, as before versions existed.
    #expect(throws: StoreError.duplicateDocument(path: database.path, name: "Insats", existingID: second[0])) {
      try database.add([document("{\"a\":3}", identity: "id:x")])
    }
    // Removing the latest makes the one before it latest again.
    try database.remove(id: second[0])
    #expect(try database.list().map(\.id) == [ids[0], ids[1]])
  }

  @Test func withoutAnIdentityEveryDocumentIsAnEvaluationOfItsOwn() throws {
    let directory = try TemporaryDirectory()
    let database = try EvaluationDatabase.open(path: directory.path("e.sqlite"))
    try database.add([document("{\"a\":1}", identity: nil), document("{\"a\":2}", identity: nil)])
    #expect(try database.list().map(\.versionCount) == [1, 1])
  }

  /// A schema-1 database (before versions) is migrated: identities from the stored bytes, and two
  /// documents of one evaluation become versions 1 and 2, so they no longer count twice.
  @Test func aVersionOneDatabaseIsMigrated() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("old.sqlite")
    do {
      let raw = try SQLiteConnection.open(path: path, create: true)
      try raw.execute(Schema.migrations[0])
      try raw.execute("PRAGMA application_id = \(Schema.applicationID)")
      try raw.execute("PRAGMA user_version = 1")
      let rows = [
        #"{"name":"Insats","association":"F","period":"2024","priceYear":2024}"#,
        #"{"name":"Insats","association":"F","period":"2024","cost":{"total":2}}"#,
        #"{"name":"Insats","association":"F","period":"2025"}"#,
        #"{"name":"Annan","association":"F","evaluationId":"annan-1"}"#,
        "not json",
      ]
      for (i, json) in rows.enumerated() {
        try raw.execute(
          """
          INSERT INTO documents (sha256, bytes, kind, name, association, participants, added_at)
          VALUES ('\(i)', CAST('\(json)' AS BLOB), 'full', '\(i == 3 ? "Annan" : "Insats")', 'F', 1, '2024-01-0\(i + 1)T00:00:00Z')
          """)
      }
    }
    let database = try EvaluationDatabase.open(path: path)
    var all = DocumentFilter.all
    all.latestOnly = false
    let rows = try database.list(filter: all)
    #expect(rows.map(\.version) == [1, 2, 1, 1, 1])
    #expect(rows[0].identity == "nap:Insats\u{1F}F\u{1F}2024" && rows[3].identity == "id:annan-1" && rows[4].identity == "doc:5")
    #expect(rows[0].priceYear == 2024 && rows[1].priceYear == nil)
    #expect(try database.list().map(\.id) == [2, 3, 4, 5])
  }
}

/// Schema 3: runs store a compact result or JSON, exactly one; older runs keep their JSON.
@Suite("Compact run results")
struct CompactRunResultTests {
  @Test func aVersionTwoDatabaseKeepsItsRunsAndTakesCompactOnes() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("v2.sqlite")
    do {
      let raw = try SQLiteConnection.open(path: path, create: true)
      try raw.execute(Schema.migrations[0])
      try raw.execute(Schema.migrations[1])
      try raw.execute("PRAGMA application_id = \(Schema.applicationID)")
      try raw.execute("PRAGMA user_version = 2")
      try raw.execute(
        """
        INSERT INTO documents (sha256, bytes, kind, name, association, participants, added_at)
        VALUES ('a', CAST('{}' AS BLOB), 'full', 'Insats', 'F', 1, '2024-01-01T00:00:00Z');
        INSERT INTO runs (document_id, model_id, price_year, convention, engine_version, run_at, result_json, potential_before, revenue, cost, participants)
        VALUES (1, 'm', 2025, 'payoff', '1', '2024-01-02T00:00:00Z', '{"old":true}', 1, 2, 3, 1);
        """)
    }
    let database = try EvaluationDatabase.open(path: path)
    let old = try #require(try database.latestRun(documentID: 1))
    #expect(old.resultJSON == #"{"old":true}"# && old.resultCompact == nil && old.figures.revenue == 2)
    var run = NewRun(documentID: 1, modelID: "m", priceYear: 2025, convention: "payoff", engineVersion: "2", resultJSON: "", figures: old.figures)
    run.resultCompact = Data([1, 2, 3])
    try database.saveRuns([run])
    let new = try #require(try database.latestRun(documentID: 1))
    #expect(new.resultCompact == Data([1, 2, 3]) && new.resultJSON.isEmpty && new.id == old.id + 1)
    #expect(try database.runs(documentID: 1).count == 2)
  }
}
