import Foundation
import SamnyttaDocuments
import SamnyttaFormats
import SamnyttaReports
import SamnyttaEngine

/// Reading the files a command names; a missing file is exit 66, bad contents exit 65.
enum Files {
  static func read(_ path: String) throws(MissingFileError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw MissingFileError(path: path, reason: "no such file")
    }
    guard !isDirectory.boolValue else { throw MissingFileError(path: path, reason: "is a directory, not a file") }
    guard let data = FileManager.default.contents(atPath: path) else { throw MissingFileError(path: path, reason: "cannot be read") }
    return [UInt8](data)
  }

  /// The model a `--model` option names (or the default), loaded and checked.
  static func model(_ reference: String?, context: Tool.Context) throws -> ModelDocument {
    let library = context.models
    let reference = reference ?? ModelLibrary.defaultModelID
    guard let path = library.path(for: reference) else {
      let available = library.availableIDs()
      throw UsageError(
        "unknown model '\(reference)'; available models: \(available.isEmpty ? "none found (set SAMNYTTA_MODELS)" : available.joined(separator: ", "))")
    }
    let bytes = try read(path)
    return try ModelDocument.decode(bytes, file: path)
  }

  /// Decodes input bytes and checks them against `model`'s rules.
  static func decodeChecked(_ bytes: [UInt8], file path: String, model: PreparedModel) throws -> InputDocument {
    let (document, tree) = try InputDocument.decode(bytes, file: path)
    if case .evaluation(let input, _) = document {
      let violations = InputRules.violations(in: input, model: model)
      if !violations.isEmpty { throw DataErrors(violations, file: path, document: tree) }
    }
    return document
  }

  /// Runs an engine call on a decoded input, reporting broken rules at their lines in the file.
  static func reportingLines<T>(file path: String, document tree: JSONValue, _ body: () throws(EvaluationError) -> T) throws -> T {
    do {
      return try body()
    } catch .invalidInput(let violations) {
      throw DataErrors(violations, file: path, document: tree)
    }
  }

  /// Decodes input bytes and, for a full evaluation, evaluates them under `model`. The engine
  /// checks the rules once, while evaluating; its violations are reported at their lines in the file.
  static func evaluated(_ bytes: [UInt8], file path: String, model: PreparedModel, options: ForecastOptions? = nil) throws -> EvaluatedDocument {
    let (document, tree) = try InputDocument.decode(bytes, file: path)
    switch document {
    case .summary(let summary, let metadata): return .summary(summary, metadata: metadata)
    case .evaluation(let input, let metadata):
      let result = try reportingLines(file: path, document: tree) { () throws(EvaluationError) in try model.evaluate(input, options: options) }
      return .evaluation(result, input: input, metadata: metadata)
    }
  }

  /// An input document after `evaluated`: a full evaluation with its result, or a summary.
  enum EvaluatedDocument {
    case evaluation(EvaluationResult, input: EvaluationInput, metadata: DocumentMetadata)
    case summary(SummaryInput, metadata: DocumentMetadata)
  }

  static func write(_ text: String, to path: String) throws(ToolError) {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw ToolError(message: "\(path): cannot write: \(error.localizedDescription)", code: ExitCode.cannotCreate)
    }
  }
}
