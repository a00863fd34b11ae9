import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// A stored run's result JSON, as `db show` prints it. A run stored compactly (schema version 3:
/// `CompactResult`) is rebuilt from its accounts and rendered here, with the engine version that
/// ran it, giving the bytes the run would have stored as JSON; an older run's JSON is as stored.
public enum StoredRunResult {
  public static func json(_ run: StoredRun) -> String {
    guard let compact = run.resultCompact else { return run.resultJSON }
    do {
      let result = EvaluationResult(rebuilding: try CompactResult.decode([UInt8](compact)))
      return ResultJSON.evaluation(result, toolVersion: run.engineVersion, includeParticipants: false).rendered()
    } catch {
      return "(run \(run.id): its stored result cannot be read: \(error.description))\n"
    }
  }
}
