import Foundation
import SamnyttaStore
import Synchronization

/// A small distinct document; `n` makes its bytes, and so its SHA-256, unique.
func sampleDocument(
  _ n: Int, association: String = "Föreningen Vägen", year: Int? = 2023, classGroup: String? = "primary/traditional",
  kind: DocumentKind = .full, compact: Data? = nil
) -> NewDocument {
  let bytes = Data("{\n  \"name\": \"Insats \(n)\",\n  \"association\": \"\(association)\"\n}\n".utf8)
  return NewDocument(
    bytes: bytes, kind: kind, name: "Insats \(n)", association: association, year: year, classGroup: classGroup,
    participants: 10 + n, compact: compact)
}

func sampleRun(documentID: Int64, model: String = "payoff-2019", at date: Date = Date(), verkningsgrad: Double? = 0.25)
  -> NewRun
{
  NewRun(
    documentID: documentID, modelID: model, priceYear: 2019, convention: "payoff", engineVersion: "0.1.0", runAt: date,
    resultJSON: "{\"model\":\"\(model)\"}",
    figures: RunFigures(
      potentialBefore: 1_000_000, revenue: 250_000, cost: 100_000, paybackMonths: 4.8, verkningsgrad: verkningsgrad,
      costPerVerkningsgrad: 4_000, returnPerKrona: 2.5, participants: 12))
}

/// Runs each body on its own OS thread (not the cooperative pool, which may have one thread) and
/// waits for all of them, so database connections really work in parallel.
func runOnThreads(_ bodies: [@Sendable () -> Void]) {
  let finished = DispatchSemaphore(value: 0)
  for body in bodies {
    Thread {
      body()
      finished.signal()
    }.start()
  }
  for _ in bodies { finished.wait() }
}

/// Failures recorded on worker threads, checked on the test's thread afterwards.
final class FailureLog: Sendable {
  private let entries = Mutex<[String]>([])
  func record(_ message: String) { entries.withLock { $0.append(message) } }
  var all: [String] { entries.withLock { $0 } }
}

/// A flag and a counter that worker threads can share.
final class SharedFlag: Sendable {
  private let atomic = Atomic<Bool>(false)
  func set() { atomic.store(true, ordering: .releasing) }
  var isSet: Bool { atomic.load(ordering: .acquiring) }
}

final class SharedCounter: Sendable {
  private let atomic = Atomic<Int>(0)
  func increment() { atomic.add(1, ordering: .relaxed) }
  var value: Int { atomic.load(ordering: .relaxed) }
}
