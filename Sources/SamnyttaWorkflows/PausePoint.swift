import Foundation

/// Fault injection for the crash tests: when `SAMNYTTA_PAUSE_AT` names a point the program reaches,
/// it writes the file `SAMNYTTA_PAUSE_MARKER` and sleeps, so a test can kill it at exactly that
/// point (inside an open transaction) and check that the database is as it was before. Without
/// both variables this does nothing.
public enum PausePoint: String, Sendable {
  /// `db add`: the documents are inserted, their runs are not, the transaction is open.
  case addBeforeRuns = "add-before-runs"
  /// `batch`: half of the new runs are inserted, the transaction is open.
  case batchHalfSaved = "batch-half-saved"

  public func reached(_ environment: [String: String]) {
    guard environment["SAMNYTTA_PAUSE_AT"] == rawValue, let marker = environment["SAMNYTTA_PAUSE_MARKER"] else { return }
    _ = FileManager.default.createFile(atPath: marker, contents: Data(rawValue.utf8))
    Thread.sleep(forTimeInterval: 120)
  }
}
