import SamnyttaEngine
import SamnyttaFormats

extension ParticipantCSV {
  /// The rows of an import file, whichever form it has: CSV text (`;`, `,` or tab separated), or
  /// an .xlsx workbook (recognised by its zip signature, not its name, so standard input works
  /// too), one of whose sheets is read. A workbook's rows keep their row numbers, so every message
  /// names the sheet, row and cell as the spreadsheet shows them.
  struct Table {
    var document: CSVReader.Document
    /// The sheet read, for an .xlsx workbook; `nil` for CSV.
    var sheet: String?

    static func read(_ bytes: [UInt8], file: String, sheet requested: String?) throws(DataErrors) -> Table {
      guard ZipArchive.looksLikeZip(bytes) else {
        if let requested {
          throw DataErrors([
            DataError(file: file, path: "", reason: .sheetForCSV(requested))
          ])
        }
        do {
          return Table(document: try CSVReader.read(bytes), sheet: nil)
        } catch {
          throw DataErrors([DataError(file: file, path: "", line: error.line, reason: .syntax(error.reason))])
        }
      }
      let sheet: XLSXWorkbook.Sheet
      do {
        sheet = try XLSXWorkbook(bytes).sheet(named: requested)
      } catch {
        throw DataErrors([DataError(file: file, path: "", reason: .syntax(error.reason))])
      }
      let records = sheet.rows.compactMap { row -> CSVReader.Record? in
        guard let last = row.cells.last?.column else { return nil }
        var cells = [String](repeating: "", count: last + 1)
        for cell in row.cells { cells[cell.column] = text(cell.value) }
        return cells.contains(where: { !$0.isBlank }) ? CSVReader.Record(line: row.number, cells: cells) : nil
      }
      return Table(document: CSVReader.Document(separator: ";", records: records), sheet: sheet.name)
    }

    /// A cell as the CSV import reads its text: a number in decimal text (`17000.5`), a
    /// percent-formatted cell as its percentage (`50%`), a truth value as TRUE or FALSE.
    static func text(_ value: XLSXWorkbook.Value) -> String {
      switch value {
      case .text(let text): text
      case .number(let decimal): decimal
      case .percent(let decimal): decimal + "%"
      case .bool(let flag): flag ? "TRUE" : "FALSE"
      case .error(let code): code
      }
    }
  }
}
