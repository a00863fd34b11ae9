import SamnyttaStore

/// What `db list` and `db show` print: one line per stored evaluation, and one evaluation with
/// its latest run.
public enum DatabaseListing {
  /// One tab-separated line per evaluation; summary entries are marked.
  public static func text(_ rows: [DocumentSummary], databasePath: String) -> String {
    if rows.isEmpty { return "no evaluations stored in \(databasePath)\n" }
    return rows.map { row in
      let mark = row.kind == .summary ? " [summary]" : ""
      let participants = row.participants == 0 ? "-" : String(row.participants)
      return "\(row.id)\t\(row.year.map(String.init) ?? "-")\t\(row.classGroup ?? "-")\t\(participants)\t\(row.name) (\(row.association))\(mark)\n"
    }.joined()
  }

  /// A stored evaluation's metadata and, when it has one, its latest run's result JSON.
  public static func text(_ stored: StoredDocument) -> String {
    let s = stored.summary
    var text = "\(s.id): \(s.name) (\(s.association))\(s.kind == .summary ? " [summary]" : "")\n"
    text += "year \(s.year.map(String.init) ?? "-"), class \(s.classGroup ?? "-"), \(s.participants) participants, added \(s.addedAt), sha256 \(s.sha256)\n"
    if let run = stored.latestRun {
      text += "latest run: model \(run.modelID) (\(run.priceYear)), \(run.runAt)\n" + run.resultJSON
    }
    return text
  }
}
