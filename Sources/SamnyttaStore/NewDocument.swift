import Foundation

/// A document to add: the exact input bytes plus the metadata the caller parsed from them.
///
/// The store keeps `bytes` untouched (export gives them back byte for byte) and derives the
/// SHA-256 itself, so duplicates are recognised however the caller names them.
public struct NewDocument: Sendable, Hashable {
  public var bytes: Data
  public var kind: DocumentKind
  public var name: String
  public var association: String
  public var year: Int?
  public var classGroup: String?
  public var participants: Int
  /// An optional fast binary form of the parsed input for batch runs; its format is the caller's.
  public var compact: Data?
  /// Which evaluation this document is a version of (`EvaluationIdentity`); `nil` makes it an
  /// evaluation of its own.
  public var identity: String?
  /// The price year of the document's own amounts; `nil` when unknown or not stated.
  public var priceYear: Int?
  /// The national reference entry: shown beside every comparison, never one of its peers.
  public var isReference: Bool

  public init(
    bytes: Data, kind: DocumentKind, name: String, association: String, year: Int? = nil,
    classGroup: String? = nil, participants: Int, compact: Data? = nil, identity: String? = nil, priceYear: Int? = nil,
    isReference: Bool = false
  ) {
    self.identity = identity
    self.priceYear = priceYear
    self.isReference = isReference
    self.bytes = bytes
    self.kind = kind
    self.name = name
    self.association = association
    self.year = year
    self.classGroup = classGroup
    self.participants = participants
    self.compact = compact
  }
}
