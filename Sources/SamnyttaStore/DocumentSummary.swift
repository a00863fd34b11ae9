/// A stored document's metadata, without its bytes: one line of `db list`.
public struct DocumentSummary: Sendable, Hashable {
  public var id: Int64
  /// 64 lowercase hexadecimal digits.
  public var sha256: String
  public var kind: DocumentKind
  public var name: String
  public var association: String
  public var year: Int?
  public var classGroup: String?
  public var participants: Int
  /// When it was added, ISO 8601 UTC text as stored.
  public var addedAt: String
  /// Size of the stored document in bytes.
  public var byteCount: Int

  public init(
    id: Int64, sha256: String, kind: DocumentKind, name: String, association: String, year: Int?,
    classGroup: String?, participants: Int, addedAt: String, byteCount: Int
  ) {
    self.id = id
    self.sha256 = sha256
    self.kind = kind
    self.name = name
    self.association = association
    self.year = year
    self.classGroup = classGroup
    self.participants = participants
    self.addedAt = addedAt
    self.byteCount = byteCount
  }
}
