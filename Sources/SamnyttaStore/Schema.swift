/// The database's identity and its schema history.
///
/// `PRAGMA application_id` marks a file as ours, so a foreign SQLite file is never mistaken for
/// an empty evaluation database. `PRAGMA user_version` is the schema version: migration *N*
/// (at index *N − 1*) brings version *N − 1* to *N*. Migrations are only ever appended; a
/// released one is never edited, because existing files have already run it.
enum Schema {
  /// "Samn" in ASCII.
  static let applicationID: Int64 = 0x5361_6D6E

  static let migrations: [String] = [
    // 1: documents and their runs.
    """
    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      sha256 TEXT UNIQUE NOT NULL,
      bytes BLOB NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('full', 'summary')),
      name TEXT NOT NULL,
      association TEXT NOT NULL,
      year INTEGER,
      class_group TEXT,
      participants INTEGER NOT NULL,
      added_at TEXT NOT NULL,
      compact BLOB
    );
    CREATE TABLE runs (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      model_id TEXT NOT NULL,
      price_year INTEGER NOT NULL,
      convention TEXT NOT NULL,
      engine_version TEXT NOT NULL,
      run_at TEXT NOT NULL,
      result_json TEXT NOT NULL,
      potential_before REAL NOT NULL,
      revenue REAL NOT NULL,
      cost REAL NOT NULL,
      payback_months REAL,
      verkningsgrad REAL,
      cost_per_verkningsgrad REAL,
      return_per_krona REAL,
      participants INTEGER NOT NULL
    );
    CREATE INDEX runs_by_document ON runs(document_id, run_at);
    """,
    // 2: versions and price years. An evaluation's identity is its `evaluationId`, else name +
    // association + period (`EvaluationIdentity`); each document is one version of it. Existing
    // rows get their identity and price year from their own bytes (a document SQLite cannot read as
    // JSON keeps an identity of its own), and documents already stored under one identity become
    // its versions in the order they were added. `is_reference`: the national reference entry.
    """
    ALTER TABLE documents ADD COLUMN identity TEXT NOT NULL DEFAULT '';
    ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE documents ADD COLUMN price_year INTEGER;
    ALTER TABLE documents ADD COLUMN is_reference INTEGER NOT NULL DEFAULT 0;
    UPDATE documents SET identity = CASE
      WHEN NOT json_valid(CAST(bytes AS TEXT)) THEN 'doc:' || id
      WHEN json_type(CAST(bytes AS TEXT), '$.evaluationId') = 'text' THEN 'id:' || json_extract(CAST(bytes AS TEXT), '$.evaluationId')
      ELSE 'nap:' || name || char(31) || association || char(31) || coalesce(
        CASE WHEN json_type(CAST(bytes AS TEXT), '$.period') = 'text' THEN json_extract(CAST(bytes AS TEXT), '$.period') END, '')
      END;
    UPDATE documents SET price_year = CASE
      WHEN json_valid(CAST(bytes AS TEXT)) AND json_type(CAST(bytes AS TEXT), '$.priceYear') = 'integer'
      THEN json_extract(CAST(bytes AS TEXT), '$.priceYear') END;
    UPDATE documents SET version = (SELECT count(*) FROM documents AS d WHERE d.identity = documents.identity AND d.id <= documents.id);
    CREATE INDEX documents_by_identity ON documents(identity, version);
    """,
    // 3: a run's result stored compactly. `result_compact` holds a full evaluation's result parts in
    // binary (`CompactResult`), rendered as JSON only when shown; `result_json` stays for summary
    // runs and every run stored before. Exactly one of the two is set. SQLite cannot drop a NOT
    // NULL, so the table is rebuilt with its rows, ids and index.
    """
    CREATE TABLE runs_v3 (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      model_id TEXT NOT NULL,
      price_year INTEGER NOT NULL,
      convention TEXT NOT NULL,
      engine_version TEXT NOT NULL,
      run_at TEXT NOT NULL,
      result_json TEXT,
      result_compact BLOB,
      potential_before REAL NOT NULL,
      revenue REAL NOT NULL,
      cost REAL NOT NULL,
      payback_months REAL,
      verkningsgrad REAL,
      cost_per_verkningsgrad REAL,
      return_per_krona REAL,
      participants INTEGER NOT NULL,
      CHECK ((result_json IS NULL) <> (result_compact IS NULL))
    );
    INSERT INTO runs_v3 (id, document_id, model_id, price_year, convention, engine_version, run_at, result_json,
      potential_before, revenue, cost, payback_months, verkningsgrad, cost_per_verkningsgrad, return_per_krona, participants)
    SELECT id, document_id, model_id, price_year, convention, engine_version, run_at, result_json,
      potential_before, revenue, cost, payback_months, verkningsgrad, cost_per_verkningsgrad, return_per_krona, participants FROM runs;
    DROP TABLE runs;
    ALTER TABLE runs_v3 RENAME TO runs;
    CREATE INDEX runs_by_document ON runs(document_id, run_at);
    """,
  ]

  /// The schema version this program writes and understands.
  static var currentVersion: Int { migrations.count }
}
