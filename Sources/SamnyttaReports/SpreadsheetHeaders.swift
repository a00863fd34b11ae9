import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// The tables of `--format csv` and `--format xlsx` for the people who open them: headers and the
/// few machine words in cells (perspective, scope, yes/no, key figure, class group) in the chosen
/// language, instead of the machine keys. `--csv-headers keys` keeps the keys for scripts
/// (``forPeople(_:_:)`` is then not applied). A key without a label (an evaluation id in
/// `compare`) stays as it is.
public enum SpreadsheetHeaders {
  public static func workbook(_ table: CSVTable, sheetName: String, language: Language, keys: Bool = false) -> [UInt8] {
    let shown = keys ? table : forPeople(table, language)
    return XLSXWriter.workbook(shown, header: shown.header, sheetName: sheetName)
  }

  /// The table as `headers` asks: for people, or unchanged (the machine keys).
  public static func table(_ table: CSVTable, _ headers: CSVHeaders, _ l: Language) -> CSVTable {
    headers == .keys ? table : forPeople(table, l)
  }

  /// The table with headers people read and its machine words in cells translated; numbers,
  /// names and ids are left as they are.
  public static func forPeople(_ table: CSVTable, _ l: Language) -> CSVTable {
    let columns = table.header
    return CSVTable(
      header: columns.map { label($0, l) },
      rows: table.rows.map { row in
        row.enumerated().map { i, cell in
          guard i < columns.count, case .text(let text) = cell else { return cell }
          return .text(word(text, column: columns[i], l))
        }
      })
  }

  /// A machine word in a cell of `column` in words; anything else unchanged.
  static func word(_ text: String, column: String, _ l: Language) -> String {
    switch column {
    case "perspective": Perspective(rawValue: text).map { Labels.perspective($0, l) } ?? text
    case "scope": text == "total" ? (l == .sv ? "totalt" : "total") : text == "per_participant" ? Labels.text(.perParticipant, l) : text
    case _ where column == "summary" || column.hasPrefix("amounts_at_price_year_"):
      text == "yes" ? (l == .sv ? "ja" : "yes") : text == "no" ? (l == .sv ? "nej" : "no") : text
    case "kind": kinds[text].map { l == .sv ? $0.sv : $0.en } ?? text
    case "figure": KeyFigure(rawValue: text)?.label(l) ?? text
    case "class_group": text.isEmpty ? text : Labels.classGroupWords(text, l)
    case "peer_level": PeerGroup.Level(rawValue: text).map { NormsTables.levelText($0, l) } ?? text
    default: text
    }
  }

  /// The header a person reads for a CSV column key.
  public static func label(_ key: String, _ l: Language) -> String {
    if let figure = KeyFigure.allCases.first(where: { $0.csvHeader == key }) { return figure.label(l) }
    // The evaluation table's column predates csvHeader's spelling ("profitability_year_1").
    if key == "profitability_year1" { return KeyFigure.profitabilityYear1.label(l) }
    if let label = labels[key] { return l == .sv ? label.sv : label.en }
    return numbered(key, l) ?? key
  }

  /// The portfolio's columns named by a value: `sex_kvinna`, `exit_reason_3`, `amounts_at_price_year_2026`.
  static func numbered(_ key: String, _ l: Language) -> String? {
    let sv = l == .sv
    if key == "sex_not_given" { return sv ? "Kön: uppgift saknas" : "Sex: not given" }
    if key.hasPrefix("sex_") { return (sv ? "Kön: " : "Sex: ") + key.dropFirst(4) }
    if key == "exit_reason_not_given" { return sv ? "Avslutsorsak: saknas" : "Exit reason: not given" }
    if key.hasPrefix("exit_reason_") { return (sv ? "Avslutsorsak " : "Exit reason ") + key.dropFirst(12) }
    if key.hasPrefix("amounts_at_price_year_") { return (sv ? "Belopp i prisnivå " : "Amounts at price level ") + key.dropFirst(22) }
    return nil
  }

  /// The portfolio's kinds of row.
  static let kinds: [String: (sv: String, en: String)] = [
    "full": ("utvärdering", "evaluation"), "summary": ("sammanfattning", "summary"), "total": ("totalt", "total"),
    "national_reference": ("riksreferens", "national reference"),
  ]

  static let labels: [String: (sv: String, en: String)] = [
    "perspective": ("Perspektiv", "Perspective"), "scope": ("Avser", "Scope"), "rank": ("Placering", "Rank"), "id": ("Id", "Id"),
    "name": ("Insats", "Intervention"), "association": ("Samordningsförbund", "Association"), "summary": ("Sammanfattning", "Summary"),
    "class_group": ("Klassgrupp", "Class group"), "model": ("Modell", "Model"), "figure": ("Nyckeltal", "Key figure"),
    "count": ("Antal", "Count"), "mean": ("Medel", "Mean"), "median": ("Median", "Median"), "minimum": ("Min", "Minimum"),
    "maximum": ("Max", "Maximum"), "standard_deviation": ("Standardavvikelse", "Standard deviation"), "value": ("Värde", "Value"),
    "class_count": ("Antal i klassen", "Class count"), "class_mean": ("Klassens medel", "Class mean"), "deviation": ("Avvikelse", "Deviation"),
    "relative_deviation": ("Relativ avvikelse", "Relative deviation"), "class_median": ("Klassens median", "Class median"),
    "peer_level": ("Jämförelsegrupp", "Peer group"), "national_reference": ("Riksreferens", "National reference"),
    "kind": ("Typ", "Kind"), "version": ("Version", "Version"), "participants": ("Deltagare", "Participants"),
  ]
}

/// The header row (and machine words in cells) of `--format csv|xlsx`: words people read in the
/// chosen language, or the English machine keys that scripts rely on.
public enum CSVHeaders: String, Sendable, CaseIterable {
  case labels, keys
}
