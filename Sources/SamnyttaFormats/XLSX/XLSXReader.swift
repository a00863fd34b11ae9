/// Reading the cells of an .xlsx workbook (ECMA-376, SpreadsheetML) as Excel and LibreOffice save
/// it: the sheet list (`xl/workbook.xml` and its relationships), shared strings, the number formats
/// that mark percentages (`xl/styles.xml`), and one sheet's rows. Text cells come as shared,
/// inline or formula strings; numbers as the decimal text of the stored double, rounded to the 15
/// significant digits Excel shows; a percent-formatted cell as its percentage (0.5 → `50`).
///
/// Only syntax: what the cells mean is the caller's. Every broken part is an ``XLSXError``.
public struct XLSXWorkbook: Sendable {
  /// A cell's value as stored.
  public enum Value: Sendable, Equatable {
    case text(String)
    /// Decimal text with a `.` point, e.g. `17000.5`, `0.25`, `-3`.
    case number(String)
    /// A percent-formatted number, as a percentage: stored 0.5 is `50`.
    case percent(String)
    case bool(Bool)
    /// An error value such as `#N/A`.
    case error(String)
  }

  public struct Cell: Sendable, Equatable {
    /// 0-based column (A is 0).
    public var column: Int
    public var value: Value
  }

  public struct Row: Sendable, Equatable {
    /// 1-based row number, as the sheet shows it.
    public var number: Int
    public var cells: [Cell]
  }

  public struct Sheet: Sendable {
    public var name: String
    public var rows: [Row]
  }

  let archive: ZipArchive
  /// The sheets' names, in the workbook's order, and their parts in the archive.
  public let sheetNames: [String]
  let sheetParts: [String]
  let sharedStrings: [String]
  /// Per cell-format index (`s`), whether it shows a percentage.
  let percentStyles: [Bool]

  public init(_ bytes: [UInt8]) throws(XLSXError) {
    do {
      archive = try ZipArchive(bytes)
    } catch {
      throw XLSXError(.unreadableWorkbook(detail: error.description))
    }
    let workbookPart = try Self.officeDocument(archive)
    let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
    let targets = try Self.relationships(archive, of: workbookPart)
    var names: [String] = []
    var parts: [String] = []
    for element in try Self.elements(archive, workbookPart, named: "sheet") {
      guard let name = element["name"], let id = element.first(where: { XMLToken.localName($0.key) == "id" && $0.key.contains(":") })?.value,
        let target = targets[id]
      else { throw XLSXError("\(workbookPart): a <sheet> without name or relationship") }
      names.append(name)
      parts.append(Self.resolve(target, in: folder))
    }
    guard !names.isEmpty else { throw XLSXError(.noSheets) }
    sheetNames = names
    sheetParts = parts
    sharedStrings = try Self.sharedStrings(archive, folder: folder, targets: targets)
    percentStyles = try Self.percentStyles(archive, folder: folder, targets: targets)
  }

  /// The sheet called `name` (exactly, else without regard to case), or the first sheet.
  public func sheet(named name: String? = nil) throws(XLSXError) -> Sheet {
    var index = 0
    if let name {
      guard let i = sheetNames.firstIndex(of: name) ?? sheetNames.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
        throw XLSXError(.noSuchSheet(name, sheets: sheetNames))
      }
      index = i
    }
    return Sheet(name: sheetNames[index], rows: try rows(sheetParts[index]))
  }

  // MARK: - Parts

  static func part(_ archive: ZipArchive, _ name: String) throws(XLSXError) -> [UInt8]? {
    guard let entry = archive.entry(name) else { return nil }
    do {
      return try archive.contents(of: entry)
    } catch {
      throw XLSXError(.unreadableWorkbook(detail: error.description))
    }
  }

  /// Every token of a part, or an error naming it.
  static func tokens(_ archive: ZipArchive, _ name: String, required: Bool = true) throws(XLSXError) -> [XMLToken] {
    guard let bytes = try part(archive, name) else {
      if required { throw XLSXError(.notAWorkbook(missingPart: name)) }
      return []
    }
    var tokenizer = XMLTokenizer(bytes)
    var tokens: [XMLToken] = []
    do {
      while let token = try tokenizer.next() { tokens.append(token) }
    } catch {
      throw XLSXError("\(name) is not well-formed XML (\(error.description))")
    }
    return tokens
  }

  /// The attributes of every element with this local name.
  static func elements(_ archive: ZipArchive, _ name: String, named element: String, required: Bool = true) throws(XLSXError) -> [[String: String]] {
    try tokens(archive, name, required: required).compactMap { token in
      if case .start(let n, let attributes, _) = token, XMLToken.localName(n) == element { return attributes }
      return nil
    }
  }

  /// The workbook part `_rels/.rels` names (`xl/workbook.xml` in every known writer).
  static func officeDocument(_ archive: ZipArchive) throws(XLSXError) -> String {
    let relationships = try elements(archive, "_rels/.rels", named: "Relationship", required: false)
    let target = relationships.first { ($0["Type"] ?? "").hasSuffix("/officeDocument") }?["Target"]
    return target.map { resolve($0, in: "") } ?? "xl/workbook.xml"
  }

  /// Relationship id → target, for a part's `_rels/NAME.rels`.
  static func relationships(_ archive: ZipArchive, of part: String) throws(XLSXError) -> [String: (target: String, type: String)] {
    var components = part.split(separator: "/").map(String.init)
    let file = components.popLast() ?? part
    let relsName = (components + ["_rels", file + ".rels"]).joined(separator: "/")
    var map: [String: (target: String, type: String)] = [:]
    for r in try elements(archive, relsName, named: "Relationship") {
      if let id = r["Id"], let target = r["Target"] { map[id] = (target, r["Type"] ?? "") }
    }
    return map
  }

  /// A relationship target: absolute (`/xl/…`) or relative to the folder of its source part.
  static func resolve(_ target: (target: String, type: String), in folder: String) -> String { resolve(target.target, in: folder) }

  static func resolve(_ target: String, in folder: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var parts = folder.split(separator: "/").map(String.init)
    for piece in target.split(separator: "/") {
      if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
    }
    return parts.joined(separator: "/")
  }

  static func target(_ targets: [String: (target: String, type: String)], type suffix: String, folder: String, fallback: String) -> String {
    targets.values.first { $0.type.hasSuffix(suffix) }.map { resolve($0.target, in: folder) } ?? fallback
  }

  /// The shared-string table: each `<si>`'s text, its runs joined, phonetic hints left out.
  static func sharedStrings(_ archive: ZipArchive, folder: String, targets: [String: (target: String, type: String)]) throws(XLSXError) -> [String] {
    let name = target(targets, type: "/sharedStrings", folder: folder, fallback: folder + "/sharedStrings.xml")
    var strings: [String] = []
    var current: String? = nil
    var inText = false
    var phonetic = 0
    for token in try tokens(archive, name, required: false) {
      switch token {
      case .start(let n, _, let selfClosing):
        switch XMLToken.localName(n) {
        case "si":
          current = selfClosing ? nil : ""
          if selfClosing { strings.append("") }
        case "t": inText = !selfClosing
        case "rPh": if !selfClosing { phonetic += 1 }
        default: break
        }
      case .end(let n):
        switch XMLToken.localName(n) {
        case "si":
          strings.append(current ?? "")
          current = nil
        case "t": inText = false
        case "rPh": phonetic -= 1
        default: break
        }
      case .text(let text):
        if inText && phonetic == 0 { current? += text }
      }
    }
    return strings
  }

  /// For each cell format of `cellXfs`, whether its number format shows a percentage: the
  /// built-in formats 9 (`0%`) and 10 (`0.00%`), or a custom format with `%` outside quotes.
  static func percentStyles(_ archive: ZipArchive, folder: String, targets: [String: (target: String, type: String)]) throws(XLSXError) -> [Bool] {
    let name = target(targets, type: "/styles", folder: folder, fallback: folder + "/styles.xml")
    var percentFormats: Set<Int> = [9, 10]
    var styles: [Bool] = []
    var inCellFormats = false
    for token in try tokens(archive, name, required: false) {
      switch token {
      case .start(let n, let attributes, let selfClosing):
        switch XMLToken.localName(n) {
        case "numFmt":
          if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"], isPercentFormat(code) {
            percentFormats.insert(id)
          }
        case "cellXfs": inCellFormats = !selfClosing
        case "xf" where inCellFormats: styles.append(percentFormats.contains(attributes["numFmtId"].flatMap { Int($0) } ?? 0))
        default: break
        }
      case .end(let n): if XMLToken.localName(n) == "cellXfs" { inCellFormats = false }
      case .text: break
      }
    }
    return styles
  }

  static func isPercentFormat(_ code: String) -> Bool {
    var quoted = false
    var bracket = false
    var escaped = false
    for c in code {
      if escaped {
        escaped = false
        continue
      }
      switch c {
      case "\\": escaped = true
      case "\"": quoted.toggle()
      case "[" where !quoted: bracket = true
      case "]" where !quoted: bracket = false
      case "%" where !quoted && !bracket: return true
      default: break
      }
    }
    return false
  }

  // MARK: - A sheet

  func rows(_ part: String) throws(XLSXError) -> [Row] {
    var rows: [Row] = []
    var rowNumber = 0
    var cells: [Cell] = []
    var inRow = false
    // The cell being read.
    var column = -1
    var type = "n"
    var style = 0
    var reference = ""
    var value: String? = nil
    var inline: String? = nil
    var field: Substring? = nil
    var inInlineText = false

    func finishCell() throws(XLSXError) {
      let place = "\(part), cell \(reference.isEmpty ? "\(XLSXWorkbook.columnName(column))\(rowNumber)" : reference)"
      let result: Value?
      switch type {
      case "s":
        guard let text = value, let i = Int(text.trimmedBlank), sharedStrings.indices.contains(i) else {
          throw XLSXError("\(place): no shared string '\(value ?? "")'")
        }
        result = .text(sharedStrings[i])
      case "inlineStr": result = inline.map(Value.text)
      case "str", "d": result = value.map(Value.text)
      case "b": result = value.map { .bool($0.trimmedBlank == "1" || $0.trimmedBlank.lowercased() == "true") }
      case "e": result = value.map(Value.error)
      case "n", "":
        guard let text = value?.trimmedBlank, !text.isEmpty else {
          result = nil
          break
        }
        let percent = percentStyles.indices.contains(style) && percentStyles[style]
        guard let decimal = XLSXWorkbook.decimal(text, shift: percent ? 2 : 0) else { throw XLSXError("\(place): '\(text)' is not a number") }
        result = percent ? .percent(decimal) : .number(decimal)
      default: throw XLSXError("\(place): unknown cell type '\(type)'")
      }
      if let result { cells.append(Cell(column: column, value: result)) }
    }

    for token in try Self.tokens(archive, part) {
      switch token {
      case .start(let n, let attributes, let selfClosing):
        switch XMLToken.localName(n) {
        case "row":
          let number = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
          guard number > rowNumber, number <= 1_048_576 else { throw XLSXError("\(part): row \(number) is out of order") }
          rowNumber = number
          cells = []
          column = -1
          inRow = !selfClosing
          if selfClosing { rows.append(Row(number: number, cells: [])) }
        case "c":
          guard inRow else { throw XLSXError("\(part): a cell outside a row") }
          reference = attributes["r"] ?? ""
          if let r = attributes["r"] {
            guard let (c, rowOfCell) = Self.cellReference(r), rowOfCell == rowNumber, c > column else {
              throw XLSXError("\(part): cell reference '\(r)' does not belong in row \(rowNumber)")
            }
            column = c
          } else {
            column += 1
          }
          type = attributes["t"] ?? "n"
          style = attributes["s"].flatMap { Int($0) } ?? 0
          value = nil
          inline = nil
          if selfClosing { try finishCell() }
        case "v", "t":
          field = XMLToken.localName(n)
          if XMLToken.localName(n) == "t" && !selfClosing && type == "inlineStr" { inInlineText = true }
        case "rPh": inInlineText = false
        default: break
        }
      case .end(let n):
        switch XMLToken.localName(n) {
        case "c": try finishCell()
        case "row":
          rows.append(Row(number: rowNumber, cells: cells))
          inRow = false
        case "v", "t":
          field = nil
          inInlineText = false
        default: break
        }
      case .text(let text):
        if field == "v" { value = (value ?? "") + text } else if field == "t" && inInlineText { inline = (inline ?? "") + text }
      }
    }
    return rows
  }

  /// `B12` → (1, 12).
  static func cellReference(_ text: String) -> (column: Int, row: Int)? {
    var column = 0
    var letters = 0
    var digits = ""
    for c in text.uppercased() {
      if let a = c.asciiValue, a >= 65, a <= 90, digits.isEmpty {
        column = column * 26 + Int(a - 64)
        letters += 1
        guard letters <= 3 else { return nil }
      } else if c.isASCII, c.isNumber {
        digits.append(c)
      } else {
        return nil
      }
    }
    guard letters > 0, let row = Int(digits), row >= 1 else { return nil }
    return (column - 1, row)
  }

  /// 0 → `A`, 25 → `Z`, 26 → `AA`.
  public static func columnName(_ index: Int) -> String {
    var n = max(index, 0) + 1
    var name = ""
    while n > 0 {
      let r = (n - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + r))) + name
      n = (n - 1) / 26
    }
    return name
  }

  /// A stored number (`17000.5`, `5.0000000000000001E-3`) as plain decimal text, rounded to 15
  /// significant digits and multiplied by 10^`shift`, exactly (decimal digits, no binary detour).
  static func decimal(_ text: String, shift: Int) -> String? {
    var s = Substring(text)
    var negative = false
    if s.first == "-" || s.first == "+" {
      negative = s.first == "-"
      s = s.dropFirst()
    }
    var exponent = 0
    if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      guard let x = Int(s[s.index(after: e)...]), abs(x) < 400 else { return nil }
      exponent = x
      s = s[..<e]
    }
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, !(parts[0].isEmpty && (parts.count == 1 || parts[1].isEmpty)),
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    var digits = Array(parts[0] + (parts.count == 2 ? parts[1] : "")).map { Int($0.asciiValue ?? 48) - 48 }
    // The decimal point sits after `point` digits.
    var point = parts[0].count + exponent + shift
    while digits.first == 0 && digits.count > 1 {
      digits.removeFirst()
      point -= 1
    }
    if digits.count > 15 {
      let roundUp = digits[15] >= 5
      digits = Array(digits[..<15])
      if roundUp {
        var i = 14
        while i >= 0 {
          digits[i] += 1
          if digits[i] < 10 { break }
          digits[i] = 0
          i -= 1
        }
        if i < 0 {
          digits.insert(1, at: 0)
          point += 1
          digits.removeLast()
        }
      }
    }
    while digits.count > 1 && digits.last == 0 && digits.count > point { digits.removeLast() }
    if digits.allSatisfy({ $0 == 0 }) { return "0" }
    let text = digits.map(String.init).joined()
    let body: String
    if point <= 0 {
      body = "0." + String(repeating: "0", count: -point) + text
    } else if point >= digits.count {
      body = text + String(repeating: "0", count: point - digits.count)
    } else {
      let i = text.index(text.startIndex, offsetBy: point)
      body = text[..<i] + "." + text[i...]
    }
    return (negative ? "-" : "") + body
  }
}

extension String {
  fileprivate var trimmedBlank: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}

/// A workbook that cannot be read: what was wrong, in words.
public struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong, rendered per language.
  public var reason: SyntaxMessage
  public init(_ reason: SyntaxMessage) { self.reason = reason }
  /// A damaged workbook's technical detail (a part, a row, a cell reference), English in every language.
  public init(_ detail: String) { self.reason = .damagedWorkbook(detail) }
  public var description: String { reason.text(.en) }
}
