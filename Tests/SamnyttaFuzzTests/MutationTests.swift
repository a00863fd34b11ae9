import Foundation
import SamnyttaEngine
import SamnyttaFuzzing
import SamnyttaTestSupport
import Testing

/// The fuzzer's harness in the normal suite: seeded, bounded mutants of every example, model and
/// the CSV template through the readers and the engine, in-process. Each mutant is either refused
/// with a typed error or evaluated to finite figures; a trap would end the test run, which is a
/// failure too. `make fuzz` explores far more; this keeps what it guards from regressing.
@Suite struct MutationTests {
  /// Mutants per run; a few seconds in a debug build.
  static let mutantCount = 2_000

  /// Mutants that trap today (Double → Int64 in the summary figures, Money.scaled), skipped so the
  /// run survives until the arithmetic fix lands; then this set must become empty.
  static let knownTraps: Set<UInt64> = []

  static func seeds() throws -> [FuzzSeed] { try FuzzSeed.all(packageRoot: PackageRoot.url) }
  static func harness() throws -> FuzzHarness { try FuzzHarness(packageRoot: PackageRoot.url) }

  /// Every seed itself is accepted: the harness starts from good files.
  @Test func everySeedIsAccepted() throws {
    let harness = try Self.harness()
    let seeds = try Self.seeds()
    #expect(seeds.count >= 14, "only \(seeds.count) seed files found")
    for seed in seeds {
      // As the fuzzer sees it: the selecting byte, then the file.
      let outcome = harness.run(fuzzInput: seed.fuzzInput)
      if case .accepted = outcome { continue }
      Issue.record("\(seed.name): \(outcome)")
    }
  }

  /// The invariant the fuzzer checks does catch a figure that is not finite.
  @Test func aNonFiniteFigureIsABrokenInvariant() {
    var figures = KeyFigures(
      potentialBefore: .kronor(100), potentialAfter: .kronor(50), revenue: .kronor(50), cost: .kronor(10), participants: 1,
      options: ForecastOptions())
    #expect(FuzzHarness.nonFinite(figures) == nil)
    figures.returnPerKrona = .infinity
    #expect(FuzzHarness.nonFinite(figures) == "returnPerKrona is inf")
  }

  @Test func mutantsAreRefusedWithATypedErrorOrEvaluateToFiniteFigures() throws {
    let harness = try Self.harness()
    let seeds = try Self.seeds()
    // SAMNYTTA_MUTATION_TRACE=1 prints each mutant's seed first: when a trap ends the run, the last line names it.
    let trace = ProcessInfo.processInfo.environment["SAMNYTTA_MUTATION_TRACE"] != nil
    var accepted = 0
    var rejected = 0
    for seed in 0..<UInt64(Self.mutantCount) where !Self.knownTraps.contains(seed) {
      if trace { FileHandle.standardError.write(Data("mutant \(seed)\n".utf8)) }
      var mutator = Mutator(seed: seed)
      let original = seeds[Int(seed % UInt64(seeds.count))]
      let mutant = mutator.mutate(original.bytes)
      switch harness.run(original.target, mutant) {
      case .accepted: accepted += 1
      case .rejected: rejected += 1
      case .brokenInvariant(let what):
        Issue.record("mutant seed \(seed) of \(original.name): \(what)\n\(String(decoding: mutant, as: UTF8.self).prefix(2_000))")
      }
    }
    // Both outcomes occur: the mutants neither all break the syntax nor all leave the file as it was.
    #expect(accepted >= Self.mutantCount / 20, "only \(accepted) of \(Self.mutantCount) mutants were accepted")
    #expect(rejected >= Self.mutantCount / 20, "only \(rejected) of \(Self.mutantCount) mutants were refused")
    print("mutation test: \(Self.mutantCount) mutants, \(accepted) accepted, \(rejected) refused with a typed error")
  }
}
