import Dispatch
import SamnyttaEngine

extension RecordParallelism {
  /// The engine's blocks of records on every core (Dispatch's `concurrentPerform`): what every
  /// command's evaluation uses. The result is the same to the byte as ``RecordParallelism/sequential``.
  public static let allCores = RecordParallelism { n, body in DispatchQueue.concurrentPerform(iterations: n, execute: body) }
}
