import Foundation

/// What `batch` needs of one document: its compact binary form when the caller stored one,
/// otherwise the original document to parse.
public struct CompactForm: Sendable, Hashable {
  public enum Payload: Sendable, Hashable {
    case compact(Data)
    case document(Data)
  }

  public var id: Int64
  public var kind: DocumentKind
  public var payload: Payload

  public init(id: Int64, kind: DocumentKind, payload: Payload) {
    self.id = id
    self.kind = kind
    self.payload = payload
  }
}

/// Streams ``CompactForm``s one row at a time, so a batch over 10 000 documents never holds
/// them all in memory. Call ``next()`` until it returns `nil`.
///
/// The cursor reads through its database's connection: finish it (or let it go) before writing
/// through the same ``EvaluationDatabase``, or write through a second one.
public final class CompactFormCursor {
  private let statement: Statement
  private var finished = false

  init(statement: Statement) { self.statement = statement }

  public func next() throws(StoreError) -> CompactForm? {
    guard !finished else { return nil }
    guard try statement.step() else {
      finished = true
      statement.finalize()
      return nil
    }
    let kind = DocumentKind(rawValue: statement.string(at: 1)) ?? .full
    let payload: CompactForm.Payload =
      statement.isNull(at: 2) ? .document(statement.data(at: 3)) : .compact(statement.data(at: 2))
    return CompactForm(id: statement.int64(at: 0), kind: kind, payload: payload)
  }

  /// The next row as ``next()`` reads it, with its bytes (the compact form, or else the document)
  /// appended to `buffer` instead of copied into a `Data` of their own: a batch reads a run of rows
  /// into one buffer and evaluates them from there.
  public func next(appendingTo buffer: inout [UInt8]) throws(StoreError) -> CompactFormRow? {
    guard !finished else { return nil }
    guard try statement.step() else {
      finished = true
      statement.finalize()
      return nil
    }
    let kind = DocumentKind(rawValue: statement.string(at: 1)) ?? .full
    let isCompact = !statement.isNull(at: 2)
    let bytes = statement.appendBytes(at: isCompact ? 2 : 3, to: &buffer)
    return CompactFormRow(id: statement.int64(at: 0), kind: kind, isCompact: isCompact, bytes: bytes)
  }
}

/// A ``CompactForm`` whose bytes lie in a caller's buffer (``CompactFormCursor/next(appendingTo:)``).
public struct CompactFormRow: Sendable, Hashable {
  public var id: Int64
  public var kind: DocumentKind
  /// Whether ``bytes`` are the compact form; otherwise they are the original document.
  public var isCompact: Bool
  /// Where the bytes lie in the buffer.
  public var bytes: Range<Int>

  public init(id: Int64, kind: DocumentKind, isCompact: Bool, bytes: Range<Int>) {
    self.id = id
    self.kind = kind
    self.isCompact = isCompact
    self.bytes = bytes
  }
}
