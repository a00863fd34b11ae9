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

  public init(file: String, path: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.file = file
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    var location = file
    if let line { location += ":\(line)" + (column.map { ":\($0)" } ?? "") }
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
  /// The engine's rule violations, located in `file`. Lines are looked up in the parsed document.
  public init(_ violations: [InputViolation], file: String, document: JSONValue?) {
    self.init(
      violations.map { violation in
        let node = document.flatMap { $0.node(at: violation.path) }
        return DataError(file: file, path: violation.path, line: node?.line, column: node?.column, message: violation.message)
      })
  }
}

extension JSONValue {
  /// The value at a simple path (`$.a.b[2].c`), if present; used to give rule violations a line.
  func node(at path: String) -> JSONValue? {
    var current = self
    var rest = Substring(path.hasPrefix("$") ? String(path.dropFirst()) : path)
    while !rest.isEmpty {
      if rest.hasPrefix(".") {
        rest = rest.dropFirst()
        let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
        let key = String(rest[..<end])
        rest = rest[end...]
        guard case .object(let members) = current.kind, let next = members.first(where: { $0.key == key })?.value else {
          return current
        }
        current = next
      } else if rest.hasPrefix("[") {
        guard let close = rest.firstIndex(of: "]") else { return current }
        let token = rest[rest.index(after: rest.startIndex)..<close]
        rest = rest[rest.index(after: close)...]
        guard case .array(let elements) = current.kind, let i = Int(token), elements.indices.contains(i) else { return current }
        current = elements[i]
      } else {
        return current
      }
    }
    return current
  }
}
