import Foundation
import SamnyttaReports
import SamnyttaStore

/// `db export --all --out DIR`: every stored document written back into a folder as `ID.json`,
/// byte for byte as it was added.
public enum ExportDocuments {
  /// Creates `directory` if missing; anything else at the path (a regular file, a device) is
  /// refused, and each file is written as ``OutputFile`` writes (atomically, never over a device).
  /// - Returns: the number of documents written.
  public static func all(from database: EvaluationDatabase, to directory: String) throws -> Int {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw CannotCreateError(path: directory, reason: .exportNeedsFolder)
      }
    } else {
      do {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      } catch {
        throw CannotCreateError(path: directory, reason: .cannotCreateFolder)
      }
    }
    let ids = try database.call { try database.allDocumentIDs() }
    for id in ids {
      let bytes = try database.call { try database.document(id: id).bytes }
      try OutputFile.write(bytes, to: (directory as NSString).appendingPathComponent("\(id).json"))
    }
    return ids.count
  }
}
