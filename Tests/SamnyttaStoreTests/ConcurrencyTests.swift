import Foundation
import SamnyttaStore
import SamnyttaTestSupport
import Testing

/// Several connections at once, as when two `samnytta db add` run together.
@Suite struct ConcurrencyTests {
  @Test func twoConcurrentWritersBothLand() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("db.sqlite")
    _ = try EvaluationDatabase.open(path: path)
    let failures = FailureLog()

    runOnThreads(
      (0..<2).map { writer in
        {
          do {
            let database = try EvaluationDatabase.open(path: path)
            // One transaction per document, so the two writers interleave.
            for n in 0..<50 { try database.add([sampleDocument(writer * 1000 + n)]) }
          } catch {
            failures.record("writer \(writer): \(error)")
          }
        }
      })

    #expect(failures.all == [])
    let database = try EvaluationDatabase.open(path: path)
    #expect(try database.documentCount() == 100)
    #expect(Set(try database.list().map(\.name)).count == 100)
  }

  /// Two processes creating the database on first use at the same moment must not trip over each other.
  @Test func concurrentFirstOpenOfANewFile() throws {
    let directory = try TemporaryDirectory()
    for attempt in 0..<10 {
      let path = directory.path("new-\(attempt).sqlite")
      let failures = FailureLog()
      runOnThreads(
        (0..<3).map { writer in
          {
            do {
              try EvaluationDatabase.open(path: path).add([sampleDocument(writer)])
            } catch {
              failures.record("opener \(writer): \(error)")
            }
          }
        })
      #expect(failures.all == [])
      #expect(try EvaluationDatabase.open(path: path).documentCount() == 3)
    }
  }

  @Test func readerNeverSeesHalfABatch() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("db.sqlite")
    _ = try EvaluationDatabase.open(path: path)
    let failures = FailureLog()
    let writerDone = SharedFlag()
    let observations = SharedCounter()

    runOnThreads([
      {
        do {
          let database = try EvaluationDatabase.open(path: path)
          for batch in 0..<20 { try database.add((0..<10).map { sampleDocument(batch * 10 + $0) }) }
        } catch {
          failures.record("writer: \(error)")
        }
        writerDone.set()
      },
      {
        do {
          let database = try EvaluationDatabase.open(path: path)
          while true {
            let finished = writerDone.isSet
            let count = try database.documentCount()
            observations.increment()
            if count % 10 != 0 { failures.record("reader saw \(count) documents") }
            if finished { break }
          }
        } catch {
          failures.record("reader: \(error)")
        }
      },
    ])

    #expect(failures.all == [])
    #expect(observations.value > 1)
    #expect(try EvaluationDatabase.open(path: path).documentCount() == 200)
  }
}
