/// A parsed JSON value that remembers where it stood in the file, so every error can name a line.
///
/// Numbers keep their source text: amounts are converted to öre from the digits themselves,
/// never through a binary floating-point value.
public struct JSONValue: Sendable {
  public enum Kind: Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in file order; duplicate keys are refused by the parser.
    case object([(key: String, value: JSONValue)])
  }
  public var kind: Kind
  /// 1-based line and column of the value's first character.
  public var line: Int
  public var column: Int

  public init(_ kind: Kind, line: Int = 0, column: Int = 0) {
    self.kind = kind
    self.line = line
    self.column = column
  }

  /// A short name of the value's type, for error messages.
  public var typeName: String {
    switch kind {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
