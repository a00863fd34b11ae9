import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaStore

/// One document evaluated under a model: what the database stores and what comparisons read.
public struct StoredEvaluation: Sendable {
  public var metadata: DocumentMetadata
  public var kind: DocumentKind
  public var classGroup: String
  public var figures: RunFigures
  /// Key figures per participant, per perspective (society's only for a summary).
  public var perParticipant: [Perspective: KeyFigures]
  /// `nil` for a summary whose source gives no participant count.
  public var participants: Int?
  /// What storing needs: the run's result and, for a full evaluation, the input in
  /// `CompactInput` form. Made only when stored (`compare` never stores).
  public var stored: @Sendable () -> (result: StoredResult, compact: [UInt8]?)

  /// Evaluates one stored or new document under `model`; with `uncertainty` (`batch --uncertainty`),
  /// the stored result of a full evaluation holds its uncertainty analysis too.
  public static func evaluate(_ bytes: [UInt8], file: String, model: PreparedModel, uncertainty: Uncertainty.Request? = nil) throws
    -> StoredEvaluation
  {
    // A stored run holds no per-participant rows, so none are computed.
    switch try EvaluatedDocument.evaluate(bytes, file: file, model: model, includeParticipants: false) {
    case .evaluation(let result, let input, let metadata):
      let analysis = try uncertainty.map { request throws(EvaluationError) in
        try request.analyse(input, model: model.parameters, options: result.options)
      }
      return StoredEvaluation(
        metadata: metadata, kind: .full, classGroup: result.classification.group,
        figures: RunFigures(result.figures(.society), participants: result.participantCount),
        perParticipant: Dictionary(uniqueKeysWithValues: result.perspectives.map { ($0.perspective, $0.perParticipant) }),
        participants: result.participantCount, stored: { (storedResult(result, uncertainty: analysis), CompactInput.encode(input)) })
    case .summary(let summary, let metadata):
      let options = ForecastOptions(externalFactorsShare: model.parameters.externalFactorsShare)
      let k = summary.keyFigures(options: options)
      let classification = model.classify(summary, stated: metadata.classification ?? ClassificationInput())
      return StoredEvaluation(
        metadata: metadata, kind: .summary, classGroup: classification.group,
        figures: RunFigures(k, participants: summary.participants), perParticipant: [.society: k.perParticipant(summary.participants)],
        participants: summary.participantsKnown ? summary.participants : nil,
        stored: {
          (.json(ResultJSON.summary(summary, figures: k, options: options, metadata: metadata, toolVersion: SamnyttaVersion.current).rendered()), nil)
        })
    }
  }

  /// How a full evaluation's run is stored: compactly (``CompactResult``, rendered as JSON only when
  /// shown) when its result is only accounts and figures; as JSON when it carries what the compact
  /// form does not hold (an alternative baseline, an uncertainty analysis).
  public static func storedResult(_ result: EvaluationResult, uncertainty: UncertaintyResult? = nil) -> StoredResult {
    guard result.baseline.kind == .beforeAfter, uncertainty == nil else { return .json(runJSON(result, uncertainty: uncertainty)) }
    return .compact(CompactResult.encode(result.parts))
  }

  /// A run's stored result as JSON: the evaluation without its per-participant rows.
  public static func runJSON(_ result: EvaluationResult, uncertainty: UncertaintyResult? = nil) -> String {
    ResultJSON.evaluation(result, toolVersion: SamnyttaVersion.current, includeParticipants: false, uncertainty: uncertainty).rendered()
  }
}

/// A run's result as stored: a full evaluation's result parts in binary (`CompactResult`, rendered
/// as JSON by ``StoredRunResult`` when shown), or a summary entry's result JSON.
public enum StoredResult: Sendable {
  case compact([UInt8])
  case json(String)
}

extension NewRun {
  /// A run of `documentID` under `model` by this program, at `runAt` (now by default).
  public init(documentID: Int64, model: ParameterSet, result: StoredResult, figures: RunFigures, runAt: Date = Date()) {
    let (json, compact): (String, Data?) =
      switch result {
      case .compact(let bytes): ("", Data(bytes))
      case .json(let text): (text, nil)
      }
    self.init(
      documentID: documentID, modelID: model.id, priceYear: model.priceYear, convention: model.convention.rawValue,
      engineVersion: SamnyttaVersion.current, runAt: runAt, resultJSON: json, resultCompact: compact, figures: figures)
  }
}

extension RunFigures {
  /// The figures a run stores, from society's key figures.
  public init(_ k: KeyFigures, participants: Int) {
    self.init(
      potentialBefore: k.potentialBefore.kronorValue, revenue: k.revenue.kronorValue, cost: k.cost.kronorValue, paybackMonths: k.paybackMonths,
      verkningsgrad: k.verkningsgrad, costPerVerkningsgrad: k.costPerVerkningsgrad, returnPerKrona: k.returnPerKrona, participants: participants)
  }
}
