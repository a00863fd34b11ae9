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
  /// The evaluation this document is a version of.
  public var identity: String
  /// 1 for the first document of its identity, then 2, 3, …
  public var version: Int
  /// How many versions its evaluation has.
  public var versionCount: Int
  /// The price year of the document's own amounts; `nil` when unknown or not stated.
  public var priceYear: Int?
  /// The national reference entry (never a peer in a comparison).
  public var isReference: Bool
  /// The number of its evaluation's latest version (versions removed leave gaps).
  public var latestVersion: Int
  /// Whether this is the latest version of its evaluation: the one comparisons use.
  public var isLatest: Bool { version == latestVersion }

  public init(
    id: Int64, sha256: String, kind: DocumentKind, name: String, association: String, year: Int?,
    classGroup: String?, participants: Int, addedAt: String, byteCount: Int, identity: String = "", version: Int = 1,
    versionCount: Int = 1, priceYear: Int? = nil, isReference: Bool = false, latestVersion: Int? = nil
  ) {
    self.latestVersion = latestVersion ?? version
    self.identity = identity
    self.version = version
    self.versionCount = versionCount
    self.priceYear = priceYear
    self.isReference = isReference
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
