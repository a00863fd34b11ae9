import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// What `db list`, `db show` and `db history` print: one line per stored evaluation (its latest
/// version), one version with its latest run, and the versions of one evaluation. Stored names,
/// associations, class labels and model ids are printed through ``TerminalText/escaped(_:)``: the
/// tabs between columns are ours, and a tab or escape character in a name shows as `\u{9}` or `\u{1B}`.
public enum DatabaseListing {
  /// A header, then one tab-separated line per evaluation; summary entries and the national reference are marked.
  public static func text(_ rows: [DocumentSummary], databasePath: String, _ l: Language = .sv) -> String {
    if rows.isEmpty { return l == .sv ? "inga utvärderingar lagrade i \(databasePath)\n" : "no evaluations stored in \(databasePath)\n" }
    let header =
      l == .sv
      ? "id\tversioner\tår\tprisår\tklass\tdeltagare\tnamn (förbund)\n" : "id\tversions\tyear\tprice year\tclass\tparticipants\tname (association)\n"
    return header
      + rows.map { row in
        let participants = row.participants == 0 ? "-" : String(row.participants)
        return
          "\(row.id)\t\(row.versionCount)\t\(row.year.map(String.init) ?? "-")\t\(priceYear(row, l))\t\(Labels.classGroup(row.classGroup ?? "-", l))\t\(participants)\t"
          + "\(TerminalText.escaped(row.name)) (\(TerminalText.escaped(row.association)))\(marks(row, l))\n"
      }.joined()
  }

  static func marks(_ row: DocumentSummary, _ l: Language = .en) -> String {
    (row.kind == .summary ? Labels.summaryTag(l) : "") + (row.isReference ? (l == .sv ? " [riksreferens]" : " [national reference]") : "")
  }

  /// A full evaluation's amounts take the price year of the model it is run under; a summary's are
  /// in the year it states, or unknown.
  static func priceYear(_ row: DocumentSummary, _ l: Language = .en) -> String {
    row.priceYear.map(String.init) ?? (row.kind == .summary ? (l == .sv ? "okänt" : "unknown") : (l == .sv ? "modellens" : "model's"))
  }

  /// A stored version's metadata and, when it has one, its latest run's result JSON.
  public static func text(_ stored: StoredDocument, _ l: Language = .sv) -> String {
    let s = stored.summary
    let year = s.year.map(String.init) ?? "-"
    var text = "\(s.id): \(TerminalText.escaped(s.name)) (\(TerminalText.escaped(s.association)))\(marks(s, l))\n"
    text +=
      l == .sv
      ? "version \(s.version) av \(s.versionCount)\(s.isLatest ? " (senaste)" : ""), år \(year), prisår \(priceYear(s, l)), klass \(Labels.classGroup(s.classGroup ?? "-", l)), "
        + "\(s.participants) deltagare, tillagd \(s.addedAt), sha256 \(s.sha256)\n"
      : "version \(s.version) of \(s.versionCount)\(s.isLatest ? " (latest)" : ""), year \(year), price year \(priceYear(s, l)), class \(TerminalText.escaped(s.classGroup ?? "-")), "
        + "\(s.participants) participants, added \(s.addedAt), sha256 \(s.sha256)\n"
    if let run = stored.latestRun {
      text +=
        (l == .sv ? "senaste körning: modell " : "latest run: model ") + "\(TerminalText.escaped(run.modelID)) (\(run.priceYear)), \(run.runAt)\n"
        + StoredRunResult.json(run)
    }
    return text
  }

  /// The figures `db history` follows from version to version.
  static let historyFigures: [KeyFigure] = [.verkningsgrad, .paybackMonths, .costPerVerkningsgrad, .returnPerKrona, .revenue, .cost]

  /// Every version of one evaluation, oldest first: when it was added, its participants, and what
  /// changed in society's key figures (by each version's latest run) since the version before.
  public static func history(_ versions: [(document: DocumentSummary, run: StoredRun?)], _ l: Language) -> String {
    guard let first = versions.first?.document else { return "" }
    var lines = [
      "\(TerminalText.escaped(first.name)) (\(TerminalText.escaped(first.association))): \(versions.count) \(l == .sv ? (versions.count == 1 ? "version" : "versioner") : (versions.count == 1 ? "version" : "versions"))"
    ]
    var previous: StoredRun? = nil
    for (document, run) in versions {
      var line =
        l == .sv
        ? "  version \(document.version)  id \(document.id)  tillagd \(document.addedAt)  \(document.participants) deltagare"
        : "  version \(document.version)  id \(document.id)  added \(document.addedAt)  \(document.participants) participants"
      if let run {
        line += (l == .sv ? "  modell " : "  model ") + "\(TerminalText.escaped(run.modelID)) (\(run.priceYear))"
        if let before = previous {
          let changes = historyFigures.compactMap { figure -> String? in
            let old = figure.value(in: before.figures)
            let new = figure.value(in: run.figures)
            guard old != new else { return nil }
            let was = old.map { figure.text($0, l) } ?? "–"
            let now = new.map { figure.text($0, l) } ?? "–"
            let delta = old.flatMap { o in new.map { " (\(figure.text($0 - o, l, signed: true)))" } } ?? ""
            return "\(figure.label(l)) \(was) → \(now)\(delta)"
          }
          lines.append(line)
          lines.append(
            changes.isEmpty
              ? (l == .sv ? "    ingen ändring i nyckeltalen" : "    no change in the key figures")
              : changes.map { "    " + $0 }.joined(separator: "\n"))
          previous = run
          continue
        }
        previous = run
      } else {
        line += l == .sv ? "  aldrig körd" : "  never run"
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
