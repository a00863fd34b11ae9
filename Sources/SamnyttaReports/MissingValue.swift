/// Why a value in a comparison output (norms, a summary's published figures) is `null` when the
/// reason is not one of a key figure's own (``UndefinedReason``, which says why a figure is
/// undefined for one evaluation). Every `null` figure in every JSON output has one reason or the
/// other, under `undefined` beside it (Docs/output-format.md).
public enum MissingValue: String, Sendable, CaseIterable {
  /// The class has no other evaluation to compare with.
  case noOtherEvaluationsInClass
  /// Every evaluation of the class has this figure undefined, so the class has no value for it.
  case undefinedInEveryEvaluation
  /// A deviation needs the evaluation's own value, which is undefined.
  case valueUndefined
  /// A relative deviation divides by the class mean, which is 0.
  case classMeanIsZero
  /// The source published no value for this figure.
  case notPublished
  /// An amount whose price year is unknown is not set against amounts at the comparison's price year.
  case priceYearUnknown
  /// A judgement ("better than the mean") needs at least the minimum number of peers.
  case tooFewPeers
  /// The national reference publishes no value for this figure.
  case noNationalReference
}
