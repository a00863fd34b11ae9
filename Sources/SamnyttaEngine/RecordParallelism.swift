/// How the engine may spread one evaluation's records over threads. The engine imports no
/// threading library (it stays pure), so the caller supplies one: `run(n, body)` must call
/// `body(i)` exactly once for every `i` in `0..<n`, in any order, possibly several at once, and
/// return only when every call has returned. SamnyttaWorkflows gives one over every core.
///
/// Whatever the threads, the result is the same to the byte: the records are cut into blocks at
/// fixed places, money is summed exactly (integer öre), and every sum that rounds (doubles) is
/// taken in record order after the blocks are done (``EvaluationKernel``).
public struct RecordParallelism: Sendable {
  public let run: @Sendable (_ iterations: Int, _ body: @Sendable (Int) -> Void) -> Void

  public init(_ run: @escaping @Sendable (_ iterations: Int, _ body: @Sendable (Int) -> Void) -> Void) { self.run = run }

  /// One block after the other on the calling thread.
  public static let sequential = RecordParallelism { n, body in
    for i in 0..<n { body(i) }
  }
}
