import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports

/// Runs one input through a reader and everything after it that a command would run: the engine
/// on a decoded input, the summary key figures and the result JSON. Shared by the libFuzzer
/// target (`make fuzz`) and the seeded mutation test in the normal suite, so both test the same path.
///
/// Every step either succeeds or throws one of the program's typed errors: the readers and the
/// engine declare typed throws, so "throws something else" cannot happen and needs no check. What
/// is checked is the result: every ratio finite, the result JSON rendered.
public struct FuzzHarness: Sendable {
  /// The model that decoded inputs are evaluated under.
  public let model: ModelDocument
  let prepared: PreparedModel
  /// A full evaluation that is evaluated under each decoded (fuzzed) model.
  let example: EvaluationInput

  /// - Parameters:
  ///   - modelBytes: a valid model document (e.g. Models/se-2025.json).
  ///   - exampleBytes: a valid full evaluation input, to evaluate under fuzzed models.
  /// - Throws: when either is not valid: the harness needs good ones to start from.
  public init(modelBytes: [UInt8], exampleBytes: [UInt8]) throws {
    model = try ModelDocument.decode(modelBytes, file: "model", idMustMatchFile: false)
    prepared = PreparedModel(model.parameters)
    guard case .evaluation(let input, _) = try InputDocument.decode(exampleBytes, file: "example").document else {
      throw DataError(file: "example", path: "$", message: "the harness's example must be a full evaluation, not a summary")
    }
    example = input
  }

  /// The harness for the package at `root`: its default model (se-2025) and its typfall example.
  public init(packageRoot root: URL) throws {
    try self.init(
      modelBytes: [UInt8](try Data(contentsOf: root.appendingPathComponent("Models/se-2025.json"))),
      exampleBytes: [UInt8](try Data(contentsOf: root.appendingPathComponent("Docs/examples/typfall-trampolinen.json"))))
  }

  /// A fuzz input: the first byte selects the reader (``FuzzTarget``), the rest is the file.
  public func run(fuzzInput: [UInt8]) -> FuzzOutcome {
    guard let first = fuzzInput.first else { return .rejected("empty") }
    return run(FuzzTarget.selected(by: first), Array(fuzzInput.dropFirst()))
  }

  /// The file's bytes through one reader and on through the engine.
  public func run(_ target: FuzzTarget, _ bytes: [UInt8]) -> FuzzOutcome {
    switch target {
    case .inputDocument: return inputDocument(bytes, file: "input.json")
    case .modelDocument: return modelDocument(bytes)
    case .compactInput: return compactInput(bytes)
    case .participantCSV: return participantCSV(bytes)
    }
  }

  func inputDocument(_ bytes: [UInt8], file: String) -> FuzzOutcome {
    let document: InputDocument
    do {
      document = try InputDocument.decode(bytes, file: file).document
    } catch {
      return .rejected("DataError")
    }
    switch document {
    case .evaluation(let input, _):
      return evaluate(input, under: prepared, what: "evaluation")
    case .summary(let summary, let metadata):
      let options = ForecastOptions(externalFactorsShare: model.parameters.externalFactorsShare)
      let figures = summary.keyFigures(options: options)
      if let broken = Self.nonFinite(figures) ?? Self.nonFinite(figures.perParticipant(summary.participants)) {
        return .brokenInvariant("summary: \(broken)")
      }
      _ = prepared.classify(summary, stated: metadata.classification ?? ClassificationInput())
      _ = ResultJSON.summary(summary, figures: figures, options: options, metadata: metadata, toolVersion: "fuzz").rendered()
      return .accepted("summary")
    }
  }

  func modelDocument(_ bytes: [UInt8]) -> FuzzOutcome {
    let fuzzed: ModelDocument
    do {
      fuzzed = try ModelDocument.decode(bytes, file: "model.json", idMustMatchFile: false)
    } catch {
      return .rejected("DataError")
    }
    return evaluate(example, under: PreparedModel(fuzzed.parameters), what: "model")
  }

  func compactInput(_ bytes: [UInt8]) -> FuzzOutcome {
    let input: EvaluationInput
    do {
      input = try CompactInput.decode(bytes)
    } catch {
      return .rejected("CompactInput.DecodingError")
    }
    return evaluate(input, under: prepared, what: "compact")
  }

  /// As `samnytta import` does: the participants read from the CSV placed in a new document,
  /// which is then decoded and evaluated like any input file.
  func participantCSV(_ bytes: [UInt8]) -> FuzzOutcome {
    let participants: [JSONOutput]
    do {
      participants = try ParticipantCSV.read(bytes, file: "participants.csv", model: model)
    } catch {
      return .rejected("DataErrors")
    }
    let document = JSONOutput.object([
      "formatVersion": .integer(InputDocument.formatVersion), "name": .string("Fuzz"), "association": .string("Fuzz"),
      "cost": .object(["total": .money(.kronor(1_000_000))]), "participants": .array(participants),
    ])
    switch inputDocument(Array(document.rendered().utf8), file: "imported.json") {
    case .rejected(let error): return .rejected("imported document: \(error)")
    case let outcome: return outcome
    }
  }

  func evaluate(_ input: EvaluationInput, under model: PreparedModel, what: String) -> FuzzOutcome {
    let result: EvaluationResult
    do {
      result = try model.evaluate(input)
    } catch {
      return .rejected("EvaluationError")
    }
    for figures in result.perspectives {
      if let broken = Self.nonFinite(figures.total) ?? Self.nonFinite(figures.perParticipant) {
        return .brokenInvariant("\(what), \(figures.perspective): \(broken)")
      }
    }
    _ = ResultJSON.evaluation(result, toolVersion: "fuzz").rendered()
    return .accepted(what)
  }

  /// The name and value of the first key figure that is defined but not finite, if any.
  public static func nonFinite(_ k: KeyFigures) -> String? {
    let ratios = [
      ("paybackMonths", k.paybackMonths), ("verkningsgrad", k.verkningsgrad), ("costPerVerkningsgrad", k.costPerVerkningsgrad),
      ("returnPerKrona", k.returnPerKrona),
    ]
    for (name, value) in ratios {
      if let value, !value.isFinite { return "\(name) is \(value)" }
    }
    return nil
  }
}
