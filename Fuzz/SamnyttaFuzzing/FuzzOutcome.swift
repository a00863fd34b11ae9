/// What one fuzz input came to. Both ``accepted(_:)`` and ``rejected(_:)`` are fine; a broken
/// invariant is a bug the fuzzer reports (a trap would be too, but the process dies at it).
public enum FuzzOutcome: Sendable, Equatable {
  /// Decoded and evaluated; the text says what (e.g. "evaluation", "summary").
  case accepted(String)
  /// Refused with one of the program's typed errors; the text names the error type.
  case rejected(String)
  /// Decoded or evaluated, but a result broke a rule every result must keep (e.g. a non-finite figure).
  case brokenInvariant(String)
}
