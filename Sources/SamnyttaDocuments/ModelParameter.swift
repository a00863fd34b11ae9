/// What a numeric model value measures, so that a consumer knows how to read and draw it: kronor
/// (at most two decimals), a share between 0 and 1, or another number (months).
public enum ParameterKind: String, Sendable, Hashable, CaseIterable {
  case money
  case share
  case number
  /// A bracket table the law sets (`value` is an array of rows): recorded with its source,
  /// basis and date; its value is the number of rows and it is never drawn.
  case table
}

/// One numeric parameter of a model, by its stable path (`labour.averageMonthlySalary`,
/// `states[arbete].work.monthlySalary`, `careTypes[akutbesok].unitCost`): its value, range and
/// basis, and where it comes from. `ModelDocument.numericParameters` lists every one in file order;
/// the uncertainty analysis draws each from `low`…`high`.
public struct ModelParameter: Sendable, Hashable {
  public var path: String
  public var kind: ParameterKind
  public var value: Double
  public var provenance: Provenance

  /// The range of a format-2 model; for a format-1 file without evidence, the value alone.
  public var range: ParameterRange { provenance.evidence?.range ?? ParameterRange(low: value, high: value) }
  public var low: Double { range.low }
  public var high: Double { range.high }
  /// `nil` only for a format-1 file that gives none.
  public var basis: Basis? { provenance.evidence?.basis }
}
