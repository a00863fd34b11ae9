import SamnyttaFormats
import SamnyttaStore

/// What `db list` and `db show` print: one line per stored evaluation, and one evaluation with
/// its latest run. Stored names, associations and class labels are printed through
/// ``TerminalText/escaped(_:)``: the tabs between columns are ours, and a tab or escape character in
/// a name shows as `\u{9}` or `\u{1B}`.
public enum DatabaseListing {
  /// One tab-separated line per evaluation; summary entries are marked.
  public static func text(_ rows: [DocumentSummary], databasePath: String) -> String {
    if rows.isEmpty { return "no evaluations stored in \(databasePath)\n" }
    return rows.map { row in
      let mark = row.kind == .summary ? " [summary]" : ""
      let participants = row.participants == 0 ? "-" : String(row.participants)
      let (name, association, classGroup) = (TerminalText.escaped(row.name), TerminalText.escaped(row.association), TerminalText.escaped(row.classGroup ?? "-"))
      return "\(row.id)\t\(row.year.map(String.init) ?? "-")\t\(classGroup)\t\(participants)\t\(name) (\(association))\(mark)\n"
    }.joined()
  }

  /// A stored evaluation's metadata and, when it has one, its latest run's result JSON.
  public static func text(_ stored: StoredDocument) -> String {
    let s = stored.summary
    var text = "\(s.id): \(TerminalText.escaped(s.name)) (\(TerminalText.escaped(s.association)))\(s.kind == .summary ? " [summary]" : "")\n"
    text += "year \(s.year.map(String.init) ?? "-"), class \(TerminalText.escaped(s.classGroup ?? "-")), \(s.participants) participants, added \(s.addedAt), sha256 \(s.sha256)\n"
    if let run = stored.latestRun {
      text += "latest run: model \(TerminalText.escaped(run.modelID)) (\(run.priceYear)), \(run.runAt)\n" + run.resultJSON
    }
    return text
  }
}
