/// Which documents `list` returns. Every criterion left `nil` matches everything.
public struct DocumentFilter: Sendable, Hashable {
  /// Matches associations containing this text, ignoring case (so "göteborg" finds "Göteborgs…").
  public var association: String?
  public var year: Int?
  /// Matches classification groups starting with this text, so a board can ask for a whole branch.
  public var classGroupPrefix: String?
  public var kind: DocumentKind?
  /// Only the latest version of each evaluation (what every comparison uses); `false` lists every version.
  public var latestOnly: Bool = true

  public init(association: String? = nil, year: Int? = nil, classGroupPrefix: String? = nil, kind: DocumentKind? = nil) {
    self.association = association
    self.year = year
    self.classGroupPrefix = classGroupPrefix
    self.kind = kind
  }

  /// No filtering: every stored document.
  public static let all = DocumentFilter()
}
