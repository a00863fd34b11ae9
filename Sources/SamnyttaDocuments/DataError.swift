import SamnyttaEngine
import SamnyttaFormats

/// A problem with the contents of a file: which file, where in it, and what rule it broke.
/// The CLI exits with 65 (EX_DATAERR) for these.
public struct DataError: Error, Sendable, Hashable, CustomStringConvertible {
  public var file: String
  /// A JSON path such as `$.participants[2].before.spells[0].months`; empty for syntax errors.
  public var path: String
  public var line: Int?
  public var column: Int?
  public var message: String
  /// The sheet of an .xlsx workbook: then `line` is its row and `column` its 1-based column, and
  /// the place reads as a spreadsheet names it ("sheet 'Deltagare', row 3, cell D3").
  public var sheet: String?

  public init(file: String, path: String, line: Int? = nil, column: Int? = nil, message: String, sheet: String? = nil) {
    self.file = file
    self.path = path
    self.line = line
    self.column = column
    self.message = message
    self.sheet = sheet
  }

  public var description: String {
    var location = file
    if let sheet {
      location += ": sheet '\(sheet)'"
      if let line { location += ", row \(line)" + (column.map { ", cell \(XLSXWorkbook.columnName($0 - 1))\(line)" } ?? "") }
    } else if let line {
      location += ":\(line)" + (column.map { ":\($0)" } ?? "")
    }
    return path.isEmpty ? "\(location): \(message)" : "\(location): \(path): \(message)"
  }
}

/// One or more data errors found in one pass; all are reported, not just the first.
public struct DataErrors: Error, Sendable, CustomStringConvertible {
  public var errors: [DataError]
  public init(_ errors: [DataError]) { self.errors = errors }
  public var description: String { errors.map(\.description).joined(separator: "\n") }
}

extension DataErrors {
  /// The engine's rule violations, located in `file` by their JSON path; lines are looked up in the parsed document.
  public init(_ violations: [InputViolation], file: String, document: JSONValue?) {
    self.init(
      violations.map { violation in
        let node = document?.node(at: violation.location)
        return DataError(file: file, path: violation.location.jsonPath, line: node?.line, column: node?.column, message: violation.message)
      })
  }
}
