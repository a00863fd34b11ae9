extension JSONOutput {
  /// A parsed document made writable again: numbers keep their source text, so rewriting a file
  /// (e.g. `import --into` keeping everything but the participants) never changes an amount.
  public init(_ value: JSONValue) {
    switch value.kind {
    case .null: self = .null
    case .bool(let flag): self = .bool(flag)
    case .number(let text): self = .number(text)
    case .string(let text): self = .string(text)
    case .array(let elements): self = .array(elements.map(JSONOutput.init))
    case .object(let members): self = .object(Dictionary(members.map { ($0.key, JSONOutput($0.value)) }, uniquingKeysWith: { first, _ in first }))
    }
  }
}
