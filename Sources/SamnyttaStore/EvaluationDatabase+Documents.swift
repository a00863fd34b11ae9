import Foundation

/// Adding, listing, reading and removing documents.
extension EvaluationDatabase {
  private static let summaryColumns =
    """
    id, sha256, kind, name, association, year, class_group, participants, added_at, length(bytes), identity, version,
    (SELECT count(*) FROM documents AS v WHERE v.identity = documents.identity), price_year, is_reference,
    (SELECT max(version) FROM documents AS v WHERE v.identity = documents.identity)
    """
  /// The column after ``summaryColumns``.
  private static let afterSummary: Int32 = 16

  /// Adds `documents` in one transaction and returns their ids in order. All or nothing: if any
  /// document is already stored, or appears twice in `documents`, nothing is added. A document
  /// whose identity is already stored becomes that evaluation's next version.
  @discardableResult
  public func add(_ documents: [NewDocument]) throws(StoreError) -> [Int64] {
    try connection.transaction { () throws(StoreError) -> [Int64] in try insertDocuments(documents) }
  }

  /// Adds `documents` and their first runs in one transaction, so a reader or a killed process
  /// never leaves a document without its results. `firstRun` makes the run of the document at an
  /// index once its id is known.
  @discardableResult
  public func add(_ documents: [NewDocument], firstRun: (_ id: Int64, _ index: Int) -> NewRun) throws(StoreError) -> [Int64] {
    try connection.transaction { () throws(StoreError) -> [Int64] in
      let ids = try insertDocuments(documents)
      try insertRuns(ids.enumerated().map { index, id in firstRun(id, index) })
      return ids
    }
  }

  /// Inserts inside the caller's transaction.
  func insertDocuments(_ documents: [NewDocument]) throws(StoreError) -> [Int64] {
    let addedAt = Timestamp.text(Date())
    let find = try connection.prepare("SELECT id FROM documents WHERE sha256 = ?")
    let insert = try connection.prepare(
      """
      INSERT INTO documents (sha256, bytes, kind, name, association, year, class_group, participants, added_at, compact,
        identity, version, price_year, is_reference)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(version), 0) + 1 FROM documents WHERE identity = ?11), ?, ?)
      """)
    var seen = Set<String>()
    var ids: [Int64] = []
    for document in documents {
      let hash = SHA256.hexDigest(document.bytes)
      guard seen.insert(hash).inserted else {
        throw .duplicateDocument(path: path, name: document.name, existingID: nil)
      }
      find.reset()
      try find.bind(hash, at: 1)
      if try find.step() {
        throw .duplicateDocument(path: path, name: document.name, existingID: find.int64(at: 0))
      }
      insert.reset()
      try insert.bind(hash, at: 1)
      try insert.bind(document.bytes, at: 2)
      try insert.bind(document.kind.rawValue, at: 3)
      try insert.bind(document.name, at: 4)
      try insert.bind(document.association, at: 5)
      try insert.bind(document.year, at: 6)
      try insert.bind(document.classGroup, at: 7)
      try insert.bind(document.participants, at: 8)
      try insert.bind(addedAt, at: 9)
      try insert.bind(document.compact, at: 10)
      try insert.bind(document.identity ?? "doc:\(hash)", at: 11)
      try insert.bind(document.priceYear, at: 12)
      try insert.bind(document.isReference ? 1 : 0, at: 13)
      try insert.step()
      ids.append(connection.lastInsertRowID)
    }
    return ids
  }

  /// Documents matching `filter`, ordered by id.
  public func list(filter: DocumentFilter = .all) throws(StoreError) -> [DocumentSummary] {
    let statement = try connection.prepare(
      """
      SELECT \(Self.summaryColumns) FROM documents
      WHERE (?1 IS NULL OR year = ?1)
        AND (?2 IS NULL OR substr(class_group, 1, length(?2)) = ?2)
        AND (?3 IS NULL OR kind = ?3)
        AND (?4 = 0 OR version = (SELECT max(version) FROM documents AS v WHERE v.identity = documents.identity))
      ORDER BY id
      """)
    try statement.bind(filter.latestOnly ? 1 : 0, at: 4)
    try statement.bind(filter.year, at: 1)
    try statement.bind(filter.classGroupPrefix, at: 2)
    try statement.bind(filter.kind?.rawValue, at: 3)
    var summaries: [DocumentSummary] = []
    while try statement.step() {
      let summary = Self.summary(from: statement)
      // Done here rather than in SQL: SQLite's case folding covers ASCII only, not å, ä, ö.
      if let needle = filter.association, !needle.isEmpty,
        summary.association.range(of: needle, options: .caseInsensitive) == nil
      {
        continue
      }
      summaries.append(summary)
    }
    return summaries
  }

  /// One document: metadata, exact bytes and its latest run, read in one consistent snapshot.
  public func document(id: Int64) throws(StoreError) -> StoredDocument {
    try connection.transaction(immediate: false) { () throws(StoreError) -> StoredDocument in
      let statement = try connection.prepare(
        "SELECT \(Self.summaryColumns), bytes, compact FROM documents WHERE id = ?")
      try statement.bind(id, at: 1)
      guard try statement.step() else { throw .noSuchEvaluation(path: path, id: id) }
      return StoredDocument(
        summary: Self.summary(from: statement), bytes: statement.data(at: Self.afterSummary),
        compact: statement.optionalData(at: Self.afterSummary + 1),
        latestRun: try latestRun(documentID: id))
    }
  }

  /// Removes a document and, through the foreign key's `ON DELETE CASCADE`, all its runs.
  public func remove(id: Int64) throws(StoreError) {
    let statement = try connection.prepare("DELETE FROM documents WHERE id = ?")
    try statement.bind(id, at: 1)
    try statement.step()
    if connection.changes == 0 { throw .noSuchEvaluation(path: path, id: id) }
  }

  /// Every document id, ascending.
  public func allDocumentIDs() throws(StoreError) -> [Int64] {
    let statement = try connection.prepare("SELECT id FROM documents ORDER BY id")
    var ids: [Int64] = []
    while try statement.step() { ids.append(statement.int64(at: 0)) }
    return ids
  }

  /// The most of the file ``compactForms()`` maps (SQLite caps it at its own limit, 2 GB by
  /// default, and reads beyond it as before). The map is read-only: nothing writes through it.
  static let readMapSize: Int64 = 1 << 31

  /// How many documents are stored.
  public func documentCount() throws(StoreError) -> Int {
    let statement = try connection.prepare("SELECT count(*) FROM documents")
    try statement.step()
    return Int(statement.int64(at: 0))
  }

  /// Streams every document's compact form (or, where none is stored, its bytes) in id order.
  /// The original bytes are only read for documents without a compact form.
  ///
  /// The connection reads through a memory map from here on (``readMapSize``): each row's compact
  /// form lies after the document's bytes, so SQLite walks the document's overflow pages to reach
  /// it, and without the map that is one `pread` per page (most of a batch's reading time).
  public func compactForms() throws(StoreError) -> CompactFormCursor {
    try connection.execute("PRAGMA mmap_size = \(Self.readMapSize)")
    let statement = try connection.prepare(
      "SELECT id, kind, compact, CASE WHEN compact IS NULL THEN bytes END FROM documents ORDER BY id")
    return CompactFormCursor(statement: statement)
  }

  /// Stores compact forms for existing documents in one transaction, e.g. after a batch had to
  /// parse documents that had none. An unknown id throws and stores nothing.
  public func setCompactForms(_ forms: [Int64: Data]) throws(StoreError) {
    try connection.transaction { () throws(StoreError) in try updateCompactForms(forms) }
  }

  /// ``setCompactForms(_:)`` inside the caller's transaction.
  func updateCompactForms(_ forms: [Int64: Data]) throws(StoreError) {
    let update = try connection.prepare("UPDATE documents SET compact = ? WHERE id = ?")
    for (id, compact) in forms.sorted(by: { $0.key < $1.key }) {
      update.reset()
      try update.bind(compact, at: 1)
      try update.bind(id, at: 2)
      try update.step()
      if connection.changes == 0 { throw .noSuchEvaluation(path: path, id: id) }
    }
  }

  private static func summary(from statement: Statement) -> DocumentSummary {
    DocumentSummary(
      id: statement.int64(at: 0), sha256: statement.string(at: 1),
      // The CHECK constraint admits only the two kinds.
      kind: DocumentKind(rawValue: statement.string(at: 2)) ?? .full,
      name: statement.string(at: 3), association: statement.string(at: 4),
      year: statement.optionalInt64(at: 5).map { Int($0) }, classGroup: statement.optionalString(at: 6),
      participants: Int(statement.int64(at: 7)), addedAt: statement.string(at: 8),
      byteCount: Int(statement.int64(at: 9)), identity: statement.string(at: 10), version: Int(statement.int64(at: 11)),
      versionCount: Int(statement.int64(at: 12)), priceYear: statement.optionalInt64(at: 13).map { Int($0) },
      isReference: statement.int64(at: 14) != 0, latestVersion: Int(statement.int64(at: 15)))
  }

  /// Every version of the evaluation document `id` belongs to, oldest first.
  public func versions(of id: Int64) throws(StoreError) -> [DocumentSummary] {
    try connection.transaction(immediate: false) { () throws(StoreError) -> [DocumentSummary] in
      let statement = try connection.prepare(
        """
        SELECT \(Self.summaryColumns) FROM documents
        WHERE identity = (SELECT identity FROM documents WHERE id = ?) ORDER BY version
        """)
      try statement.bind(id, at: 1)
      var versions: [DocumentSummary] = []
      while try statement.step() { versions.append(Self.summary(from: statement)) }
      if versions.isEmpty { throw .noSuchEvaluation(path: path, id: id) }
      return versions
    }
  }
}
