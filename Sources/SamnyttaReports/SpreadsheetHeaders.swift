import SamnyttaEngine
import SamnyttaFormats

/// The tables of `--format csv` as .xlsx workbooks (`--format xlsx`): the same rows and cells,
/// numbers stored as numbers, and headers people read instead of the CSV's machine keys (a key
/// figure's column by its label, ``KeyFigure/label(_:)``; the others from the list below). A key
/// without a label (an evaluation id in `compare`) stays as it is.
public enum SpreadsheetHeaders {
  public static func workbook(_ table: CSVTable, sheetName: String, language: Language) -> [UInt8] {
    XLSXWriter.workbook(table, header: table.header.map { label($0, language) }, sheetName: sheetName)
  }

  /// The header a person reads for a CSV column key.
  public static func label(_ key: String, _ l: Language) -> String {
    if let figure = KeyFigure.allCases.first(where: { $0.csvHeader == key }) { return figure.label(l) }
    return labels[key].map { l == .sv ? $0.sv : $0.en } ?? key
  }

  static let labels: [String: (sv: String, en: String)] = [
    "perspective": ("Perspektiv", "Perspective"), "scope": ("Avser", "Scope"), "rank": ("Placering", "Rank"), "id": ("Id", "Id"),
    "name": ("Insats", "Intervention"), "association": ("Samordningsförbund", "Association"), "summary": ("Sammanfattning", "Summary"),
    "class_group": ("Klassgrupp", "Class group"), "model": ("Modell", "Model"), "figure": ("Nyckeltal", "Key figure"),
    "count": ("Antal", "Count"), "mean": ("Medel", "Mean"), "median": ("Median", "Median"), "minimum": ("Min", "Minimum"),
    "maximum": ("Max", "Maximum"), "standard_deviation": ("Standardavvikelse", "Standard deviation"), "value": ("Värde", "Value"),
    "class_count": ("Antal i klassen", "Class count"), "class_mean": ("Klassens medel", "Class mean"), "deviation": ("Avvikelse", "Deviation"),
    "relative_deviation": ("Relativ avvikelse", "Relative deviation"), "class_median": ("Klassens median", "Class median"),
  ]
}
