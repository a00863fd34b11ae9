/// Reads CSV text as spreadsheets write it, so a participant list saved from Excel imports as is.
///
/// Tolerated, because Swedish Excel and other tools produce them: a UTF-8 byte-order mark, text that
/// is not UTF-8 (Excel's plain "CSV" saves Windows-1252; read as such), `;` or `,` between cells
/// or a tab (text copied out of a spreadsheet) between cells (decided by the header line), CRLF, LF or CR line ends, quoted cells with doubled quotes and
/// line breaks inside them, and blank lines. Every record keeps the line it starts on, so every
/// later error can name it.
public enum CSVReader {
  /// The records of a CSV text and the separator found in its first line.
  public struct Document: Sendable, Equatable {
    public var separator: Character
    /// Non-blank records in file order; the first is the header.
    public var records: [Record]
    public init(separator: Character, records: [Record]) {
      self.separator = separator
      self.records = records
    }
  }

  /// One record: its cells and the 1-based line it starts on.
  public struct Record: Sendable, Equatable {
    public var line: Int
    public var cells: [String]
    public init(line: Int, cells: [String]) {
      self.line = line
      self.cells = cells
    }
  }

  /// A CSV text that cannot be split into cells (only an unclosed quote or text after a closing quote).
  public struct SyntaxError: Error, Sendable, Equatable {
    public var line: Int
    /// What is wrong, rendered per language.
    public var reason: SyntaxMessage
    public init(line: Int, reason: SyntaxMessage) {
      self.line = line
      self.reason = reason
    }
    /// What is wrong, in English (for logs and tests).
    public var message: String { reason.text(.en) }
  }

  public static func read(_ bytes: [UInt8]) throws(SyntaxError) -> Document {
    let text = try decode(bytes)
    let scalars = Array(text.unicodeScalars)
    let separator = detectSeparator(scalars)
    return Document(separator: separator, records: try records(scalars, separator: separator.unicodeScalars.first!))
  }

  /// UTF-8 (a leading byte-order mark dropped), or Windows-1252 when the bytes are not valid UTF-8.
  /// Nothing is replaced silently: bytes Windows-1252 leaves undefined are an error, and so is a
  /// file that holds well-formed UTF-8 letters beside bytes that are not (a UTF-8 file damaged or
  /// pasted together from two encodings), which read as Windows-1252 would turn every å into "Ã¥".
  static func decode(_ bytes: [UInt8]) throws(SyntaxError) -> String {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let text = String(validating: body, as: UTF8.self) { return text }
    let scan = UTF8Sequence.scan(bytes, from: body.startIndex)
    if let firstInvalid = scan.firstInvalid, scan.hasMultiByte {
      throw SyntaxError(
        line: line(at: firstInvalid, in: bytes),
        reason: .mixedEncoding(bytes[firstInvalid]))
    }
    var scalars = String.UnicodeScalarView()
    for offset in body.indices {
      let byte = body[offset]
      if (0x80...0x9F).contains(byte) {
        guard let mapped = windows1252High[Int(byte - 0x80)].flatMap(Unicode.Scalar.init) else {
          throw SyntaxError(
            line: line(at: offset, in: bytes),
            reason: .unknownEncoding(byte))
        }
        scalars.append(mapped)
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return String(scalars)
  }

  /// Windows-1252's characters for bytes 0x80–0x9F (the rest of the code page is Latin-1); `nil`
  /// for the five bytes the code page leaves undefined.
  static let windows1252High: [UInt32?] = [
    0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
    nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
  ]

  /// The 1-based line of byte `offset`, counting line ends as ``records(_:separator:)`` does
  /// (CRLF, LF or CR).
  static func line(at offset: Int, in bytes: [UInt8]) -> Int {
    var line = 1
    var i = 0
    while i < offset {
      if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) { line += 1 }
      i += 1
    }
    return line
  }

  /// `;` unless the header line (outside quotes) has more commas than semicolons, or more tabs
  /// than either (text pasted from a spreadsheet). Swedish Excel writes `;`; a file with none is
  /// one column and any will do.
  static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Character {
    var semicolons = 0
    var commas = 0
    var tabs = 0
    var quoted = false
    var sawText = false
    for scalar in scalars {
      if scalar == "\"" { quoted.toggle() }
      if quoted { continue }
      // The header is the first line with text; blank lines before it do not decide.
      if scalar == "\n" || scalar == "\r" {
        if sawText { break } else { continue }
      }
      if !scalar.properties.isWhitespace { sawText = true }
      if scalar == ";" { semicolons += 1 }
      if scalar == "," { commas += 1 }
      if scalar == "\t" { tabs += 1 }
    }
    if tabs > max(semicolons, commas) { return "\t" }
    return commas > semicolons ? "," : ";"
  }

  static func records(_ scalars: [Unicode.Scalar], separator: Unicode.Scalar) throws(SyntaxError) -> [Record] {
    var records: [Record] = []
    var cells: [String] = []
    var cell = String.UnicodeScalarView()
    var line = 1
    var recordLine = 1
    var i = 0
    let n = scalars.count

    func endRecord() {
      cells.append(String(cell))
      cell = String.UnicodeScalarView()
      // Blank lines, and rows of empty cells that spreadsheets leave behind, carry nothing.
      if cells.contains(where: { !$0.isBlank }) { records.append(Record(line: recordLine, cells: cells)) }
      cells = []
    }

    while i < n {
      let c = scalars[i]
      if c == "\"" && String(cell).isBlank {
        // A quoted cell: runs to the next lone quote; "" is one quote; line breaks are kept.
        let quoteLine = line
        cell = String.UnicodeScalarView()
        i += 1
        var closed = false
        while i < n {
          let q = scalars[i]
          if q == "\"" {
            if i + 1 < n && scalars[i + 1] == "\"" {
              cell.append("\"")
              i += 2
              continue
            }
            closed = true
            i += 1
            break
          }
          if q == "\r" || q == "\n" {
            line += 1
            if q == "\r" && i + 1 < n && scalars[i + 1] == "\n" {
              cell.append(q)
              i += 1
            }
          }
          cell.append(scalars[i])
          i += 1
        }
        guard closed else { throw SyntaxError(line: quoteLine, reason: .quotedCellNeverClosed) }
        // Only spaces may follow the closing quote before the separator or the line end.
        while i < n && scalars[i] != separator && (scalars[i] == " " || scalars[i] == "\t") { i += 1 }
        if i < n && scalars[i] != separator && scalars[i] != "\r" && scalars[i] != "\n" {
          throw SyntaxError(line: line, reason: .textAfterClosingQuote)
        }
        continue
      }
      if c == separator {
        cells.append(String(cell))
        cell = String.UnicodeScalarView()
        i += 1
      } else if c == "\r" || c == "\n" {
        endRecord()
        i += (c == "\r" && i + 1 < n && scalars[i + 1] == "\n") ? 2 : 1
        line += 1
        recordLine = line
      } else {
        cell.append(c)
        i += 1
      }
    }
    if !cell.isEmpty || !cells.isEmpty { endRecord() }
    return records
  }
}

extension String {
  /// Empty or only whitespace (spaces, tabs, no-break spaces).
  public var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
