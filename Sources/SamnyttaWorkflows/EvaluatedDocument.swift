import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// An input document decoded and, for a full evaluation, evaluated under a model.
public enum EvaluatedDocument: Sendable {
  case evaluation(EvaluationResult, input: EvaluationInput, metadata: DocumentMetadata)
  case summary(SummaryInput, metadata: DocumentMetadata)

  /// Decodes `bytes` and, for a full evaluation, evaluates them under `model`. The engine checks
  /// the rules once, while evaluating; its violations are reported at their lines in the file.
  /// Without `includeParticipants` the result's `participants` is empty (its totals are the same).
  public static func evaluate(
    _ bytes: [UInt8], file path: String, model: PreparedModel, options: ForecastOptions? = nil, includeParticipants: Bool = true
  ) throws -> Self {
    let (document, tree) = try InputDocument.decode(bytes, file: path)
    switch document {
    case .summary(let summary, let metadata): return .summary(summary, metadata: metadata)
    case .evaluation(let input, let metadata):
      let result = try reportingLines(file: path, document: tree) { () throws(EvaluationError) in
        try model.evaluate(input, options: options, includeParticipants: includeParticipants, parallelism: .allCores)
      }
      return .evaluation(result, input: input, metadata: metadata)
    }
  }

  /// Decodes `bytes` and checks them against `model`'s rules without evaluating (`validate`).
  public static func validate(_ bytes: [UInt8], file path: String, model: PreparedModel) throws -> InputDocument {
    let (document, tree) = try InputDocument.decode(bytes, file: path)
    if case .evaluation(let input, _) = document {
      let violations = InputRules.violations(in: input, model: model)
      if !violations.isEmpty { throw DataErrors(violations, file: path, document: tree) }
    }
    return document
  }

  /// Runs an engine call on a decoded input, reporting broken rules at their lines in the file.
  public static func reportingLines<T>(file path: String, document tree: JSONValue, _ body: () throws(EvaluationError) -> T) throws -> T {
    do {
      return try body()
    } catch .invalidInput(let violations) {
      throw DataErrors(violations, file: path, document: tree)
    }
  }
}
