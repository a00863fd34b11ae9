import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaWorkflows

/// The files a command names: reading (a missing file is exit 66, bad contents exit 65), the
/// model a `--model` option names, and writing `--out`.
enum Files {
  static func read(_ path: String) throws(MissingFileError) -> [UInt8] { try FileReading.read(path) }

  /// The model a `--model` option names (or the default), loaded and checked.
  static func model(_ reference: String?, context: Tool.Context) throws -> ModelDocument {
    let library = context.models
    let reference = reference ?? ModelLibrary.defaultModelID
    guard let path = library.path(for: reference) else {
      let available = library.availableIDs()
      throw UsageError(
        "unknown model '\(reference.quotedForMessage)'; available models: \(available.isEmpty ? "none found (set SAMNYTTA_MODELS)" : available.joined(separator: ", "))")
    }
    let bytes = try read(path)
    return try ModelDocument.decode(bytes, file: path)
  }

  /// Writes `--out PATH` atomically; a device, FIFO, socket or directory is refused (`OutputFile`).
  static func write(_ text: String, to path: String) throws(ToolError) { try OutputFile.write(text.utf8, to: path) }
}
