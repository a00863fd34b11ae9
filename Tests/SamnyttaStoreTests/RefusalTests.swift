import Foundation
import SamnyttaStore
import SamnyttaTestSupport
import Testing

/// Files that are not ours, or are too new, are refused with a clear error and left byte for byte as they were.
@Suite struct RefusalTests {
  @Test func textFileIsRefusedUnchanged() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("notes.txt")
    let original = Data(String(repeating: "This is a shopping list, not a database.\n", count: 100).utf8)
    try original.write(to: URL(fileURLWithPath: path))
    let filesBefore = try directory.fileNames()

    #expect(throws: StoreError.notSamnyttaDatabase(path: path)) { try EvaluationDatabase.open(path: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
    #expect(try directory.fileNames() == filesBefore)
  }

  @Test func foreignSQLiteDatabaseIsRefusedUnchanged() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("other.sqlite")
    do {
      let other = try SQLiteConnection.open(path: path, create: true)
      try other.execute("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('kanelbulle')")
    }
    let original = try Data(contentsOf: URL(fileURLWithPath: path))
    let filesBefore = try directory.fileNames()

    #expect(throws: StoreError.notSamnyttaDatabase(path: path)) { try EvaluationDatabase.open(path: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
    #expect(try directory.fileNames() == filesBefore)
  }

  /// Another program's application_id is refused even when it has no tables yet.
  @Test func foreignApplicationIDIsRefused() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("other.sqlite")
    do {
      let other = try SQLiteConnection.open(path: path, create: true)
      try other.execute("PRAGMA application_id = 1234")
    }
    let original = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(throws: StoreError.notSamnyttaDatabase(path: path)) { try EvaluationDatabase.open(path: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
  }

  @Test func newerSchemaIsRefusedUnchanged() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("db.sqlite")
    try EvaluationDatabase.open(path: path).add([sampleDocument(1)])
    do {
      let raw = try SQLiteConnection.open(path: path, create: false)
      try raw.execute("PRAGMA user_version = 99")
    }
    let original = try Data(contentsOf: URL(fileURLWithPath: path))
    let filesBefore = try directory.fileNames()

    #expect(throws: StoreError.schemaTooNew(path: path, found: 99, supported: EvaluationDatabase.schemaVersion)) {
      try EvaluationDatabase.open(path: path)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
    #expect(try directory.fileNames() == filesBefore)
    let raw = try SQLiteConnection.open(path: path, create: false, readOnly: true)
    #expect(try raw.integerPragma("user_version") == 99)
  }

  @Test func messagesNameTheFile() {
    let messages = [
      StoreError.notSamnyttaDatabase(path: "/tmp/x.db").description,
      StoreError.schemaTooNew(path: "/tmp/x.db", found: 7, supported: 1).description,
      StoreError.duplicateDocument(path: "/tmp/x.db", name: "Insats", existingID: 3).description,
    ]
    for message in messages { #expect(message.contains("/tmp/x.db")) }
    #expect(messages[1].contains("7") && messages[1].contains("1"))
    #expect(messages[2].contains("3") && messages[2].contains("Insats"))
  }
}
