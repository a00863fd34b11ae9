import SamnyttaEngine
import SamnyttaFormats

/// A problem with the contents of a file: which file, where in it, and what rule it broke.
/// The CLI exits with 65 (EX_DATAERR) for these, and renders them in its language (``text(_:)``).
public struct DataError: Error, Sendable, Hashable, CustomStringConvertible {
  public var file: String
  /// A JSON path such as `$.participants[2].before.spells[0].months`; empty for syntax errors.
  public var path: String
  public var line: Int?
  public var column: Int?
  /// What was wrong, as a value each language renders.
  public var reason: DataMessage
  /// The sheet of an .xlsx workbook: then `line` is its row and `column` its 1-based column, and
  /// the place reads as a spreadsheet names it ("sheet 'Deltagare', row 3, cell D3").
  public var sheet: String?
  /// The file is one the command would have written and did not, because of this error
  /// (`out.json (not written): …`).
  public var notWritten = false

  public init(file: String, path: String, line: Int? = nil, column: Int? = nil, reason: DataMessage, sheet: String? = nil) {
    self.file = file
    self.path = path
    self.line = line
    self.column = column
    self.reason = reason
    self.sheet = sheet
  }

  /// An error whose message is not yet translated: it reads in English in every language.
  public init(file: String, path: String, line: Int? = nil, column: Int? = nil, message: String, sheet: String? = nil) {
    self.init(file: file, path: path, line: line, column: column, reason: .untranslated(message), sheet: sheet)
  }

  /// What was wrong, in English (for logs and tests).
  public var message: String { reason.text(.en) }

  /// The place and the message, in English.
  public var description: String { text(.en) }

  /// The place and the message in `language`: `in.json:3:5: $.name: …`, or for a workbook
  /// `in.xlsx: blad 'Deltagare', rad 3, cell D3: …`.
  public func text(_ language: Language) -> String {
    let sv = language == .sv
    var location = file + (notWritten ? (sv ? " (inte skriven)" : " (not written)") : "")
    if let sheet {
      location += sv ? ": blad '\(sheet)'" : ": sheet '\(sheet)'"
      if let line {
        location += (sv ? ", rad \(line)" : ", row \(line)") + (column.map { ", cell \(XLSXWorkbook.columnName($0 - 1))\(line)" } ?? "")
      }
    } else if let line {
      location += ":\(line)" + (column.map { ":\($0)" } ?? "")
    }
    let message = reason.text(language)
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
        return DataError(file: file, path: violation.location.jsonPath, line: node?.line, column: node?.column, reason: .rule(violation.rule))
      })
  }
}
