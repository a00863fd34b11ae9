import SamnyttaEngine

/// How a CSV file is spelled. Swedish Excel opens `.csv` files with semicolons between cells and
/// decimal commas, and needs a UTF-8 byte-order mark to read å, ä and ö; other tools expect commas
/// and decimal points.
public enum CSVDialect: String, Sendable, CaseIterable {
  /// Swedish Excel: `;`, decimal comma, UTF-8 BOM, CRLF.
  case excel
  /// RFC 4180: `,`, decimal point, no BOM, CRLF.
  case comma

  public var separator: Character { self == .excel ? ";" : "," }
  public var decimalSeparator: String { self == .excel ? "," : "." }
}

/// One cell of a CSV table. Numbers are rendered by the dialect, so a table is built once and
/// written in either spelling.
public enum CSVCell: Sendable, Equatable {
  case text(String)
  case integer(Int)
  /// Exact kronor with öre when there are any.
  case money(Money)
  /// A ratio with fixed decimals; `nil` or a non-finite value is an empty cell.
  case number(Double?, decimals: Int)
}

/// A table to write as CSV: a header row and rows of cells, quoted where RFC 4180 requires.
public struct CSVTable: Sendable, Equatable {
  public var header: [String]
  public var rows: [[CSVCell]]

  public init(header: [String], rows: [[CSVCell]] = []) {
    self.header = header
    self.rows = rows
  }

  public func rendered(_ dialect: CSVDialect) -> String {
    var out = dialect == .excel ? "\u{FEFF}" : ""
    out += Self.line(header.map { Self.quoted($0, dialect) }, dialect)
    for row in rows { out += Self.line(row.map { Self.cell($0, dialect) }, dialect) }
    return out
  }

  static func line(_ cells: [String], _ dialect: CSVDialect) -> String {
    cells.joined(separator: String(dialect.separator)) + "\r\n"
  }

  static func cell(_ cell: CSVCell, _ dialect: CSVDialect) -> String {
    switch cell {
    case .text(let text): quoted(text, dialect)
    case .integer(let n): String(n)
    case .money(let money):
      NumberFormatting.plainKronor(money).split(separator: ".", omittingEmptySubsequences: false).joined(separator: dialect.decimalSeparator)
    case .number(let x, let decimals):
      x.flatMap { $0.isFinite ? NumberFormatting.fixed($0, decimals: decimals, decimalSeparator: dialect.decimalSeparator) : nil } ?? ""
    }
  }

  /// A text cell as written: neutralised when a spreadsheet would read it as a formula, and quoted
  /// when it holds the separator, a quote or a line break (RFC 4180, 2.6–2.7).
  ///
  /// Text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel and
  /// LibreOffice: a name such as `=HYPERLINK("http://…")` would become a live link, or worse, in
  /// the spreadsheet of whoever opens the file. Such a cell gets a leading `'` (shown as text, the
  /// rest intact) and is always quoted, as OWASP's "CSV Injection" advice has it. Only text is
  /// treated so; numbers we write (`.integer`, `.money`, `.number`) are never text, so `-7`
  /// stays a number.
  static func quoted(_ text: String, _ dialect: CSVDialect) -> String {
    let isFormula = text.unicodeScalars.first.map(formulaStarts.contains) ?? false
    guard isFormula || text.contains(where: { $0 == dialect.separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + (isFormula ? "'" : "") + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
  }

  /// The first characters that make a spreadsheet read a cell as a formula (OWASP).
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
