import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows

// `make bench`: evaluates a generated evaluation of 1 000 000 participants and prints participants
// per second beside a baseline measured in the same run: a loop that only reads the same input.
// Ratios, not absolute times, are what to compare between machines.

/// Timings of a debug build say nothing: the benchmark refuses to run in one.
func isDebugBuild() -> Bool {
  #if DEBUG
    true
  #else
    false
  #endif
}
if isDebugBuild() {
  FileHandle.standardError.write(Data("samnytta-bench: build with -c release (make bench)\n".utf8))
  exit(64)
}

let participants = Int(ProcessInfo.processInfo.environment["BENCH_PARTICIPANTS"] ?? "") ?? 1_000_000
let repetitions = 5

/// A deterministic generator (SplitMix64), so every run measures the same input.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// The value of `body`, or the error on standard error and exit 70: a benchmark of inputs it made
/// itself has no error to recover from, but it never traps.
func must<T>(_ body: () throws -> T) -> T {
  do {
    return try body()
  } catch {
    FileHandle.standardError.write(Data("samnytta-bench: \(error)\n".utf8))
    exit(70)
  }
}

func loadModel() -> ModelDocument {
  let path = "Models/se-2025.json"
  guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("samnytta-bench: run from the package root (\(path) not found)\n".utf8))
    exit(66)
  }
  return must { try ModelDocument.decode([UInt8](data), file: path) }
}

func generate(_ n: Int) -> EvaluationInput {
  var rng = SplitMix64(state: 2025)
  let beforeStates = ["forsorjningsstod", "sjukpenning", "aktivitetsersattning", "aktivitetsstod", "a_kassa"]
  let afterStates = ["arbete", "lonestod", "studier", "forsorjningsstod", "sjukpenning", "aktivitetsstod"]
  var records: [Participant] = []
  records.reserveCapacity(n)
  for i in 0..<n {
    let b = beforeStates.randomElement(using: &rng)!
    let a = afterStates.randomElement(using: &rng)!
    let before = Period(
      spells: [
        Spell(state: b, months: 12, extent: 1, monthlyAmount: b == "forsorjningsstod" ? .kronor(Int64.random(in: 6_000...12_000, using: &rng)) : nil)
      ],
      care: [CareUse(type: "lakarbesok_primarvard", count: Double(Int.random(in: 0...8, using: &rng)))])
    let months = Double(Int.random(in: 3...12, using: &rng))
    var afterSpells = [
      Spell(
        state: a, months: months, extent: a == "lonestod" ? 0.5 : 1,
        monthlyAmount: a == "arbete" ? .kronor(Int64.random(in: 20_000...32_000, using: &rng)) : nil)
    ]
    if months < 12 { afterSpells.append(Spell(state: "ingen_offentlig_forsorjning", months: 12 - months)) }
    records.append(Participant(id: "D\(i)", before: before, after: Period(spells: afterSpells)))
  }
  return EvaluationInput(name: "Bench", association: "Bench", cost: InterventionCost(total: .kronor(Int64(n) * 60_000)), participants: records)
}

/// An input's records fed to a ``ResolvedInput/Builder`` as a decoder would.
enum EvaluationKernelProbe {
  static func resolve(_ input: EvaluationInput, _ model: PreparedModel) -> ResolvedInput? {
    var builder = ResolvedInput.Builder(model: model, capacity: input.participants.count)
    for record in input.participants {
      guard builder.beginRecord(id: record.id, count: record.count) else { return nil }
      for (side, period) in [(ResolvedInput.Side.before, record.before), (.after, record.after)] {
        for spell in period.spells {
          guard let state = builder.stateIndex(spell.state),
            builder.addSpell(
              side, state: state, months: spell.months, extent: spell.extent, monthlyAmount: spell.monthlyAmount, subsidyShare: spell.subsidyShare)
          else { return nil }
        }
        for use in period.care {
          guard let type = builder.careIndex(use.type), builder.addCare(side, type: type, count: use.count) else { return nil }
        }
      }
      guard builder.endRecord() else { return nil }
    }
    return builder.finish()
  }
}

/// The baseline: reads every field the engine reads, and nothing more.
@inline(never) func readOnly(_ input: EvaluationInput) -> Double {
  var checksum = 0.0
  func read(_ period: Period) {
    for s in period.spells {
      checksum += s.months * s.extent + Double(s.monthlyAmount?.ore ?? 0) + (s.subsidyShare ?? 0) + Double(s.state.utf8.count)
    }
    for c in period.care { checksum += c.count + Double(c.type.utf8.count) }
  }
  for p in input.participants {
    checksum += Double(p.count) + Double(p.id.utf8.count)
    read(p.before)
    read(p.after)
  }
  return checksum
}

func median(_ times: [Duration]) -> Double {
  let seconds = times.map { Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18 }.sorted()
  return seconds[seconds.count / 2]
}

func measure(_ body: () -> Void) -> Double {
  let clock = ContinuousClock()
  body()  // warm-up
  return median((0..<repetitions).map { _ in clock.measure(body) })
}

let model = loadModel()
let prepared = PreparedModel(model.parameters)
print("samnytta-bench: generating \(participants) participants (model \(model.parameters.id))")
let input = generate(participants)

var sink = 0.0
let baseline = measure { sink += readOnly(input) }
var revenue = Money.zero
// As every command evaluates (``RecordParallelism/allCores``), and on one core for comparison.
let full = measure {
  let result = must { try prepared.evaluate(input, parallelism: .allCores) }
  revenue += result.figures(.society).revenue
}
let fullOneCore = measure {
  let result = must { try prepared.evaluate(input) }
  revenue += result.figures(.society).revenue
}
let totalsOnly = measure { revenue += must { try prepared.totals(input, parallelism: .allCores) }.figures(.society).revenue }
let totalsOneCore = measure { revenue += must { try prepared.totals(input) }.figures(.society).revenue }

func rate(_ seconds: Double, _ n: Int = participants) -> String { "\(Int(Double(n) / seconds)) participants/s" }
func s(_ seconds: Double) -> String { String(format: "%.3f", seconds) }
let cores = ProcessInfo.processInfo.activeProcessorCount
print("baseline (read the input only, one core): \(s(baseline)) s  \(rate(baseline))")
print("full evaluation (\(cores) cores):          \(s(full)) s  \(rate(full))")
print("full evaluation (one core):              \(s(fullOneCore)) s  \(rate(fullOneCore))")
print("totals only (no participants, \(cores) cores): \(s(totalsOnly)) s  \(rate(totalsOnly))")
print("totals only (one core):                  \(s(totalsOneCore)) s  \(rate(totalsOneCore))")
print("ratio full / baseline:          \(String(format: "%.2f", full / baseline)) (target ≤ 5; \(cores) cores)")
print("ratio full / baseline, one core: \(String(format: "%.2f", fullOneCore / baseline))")
print(
  "ratio totals / baseline:        \(String(format: "%.2f", totalsOnly / baseline)) (one core: \(String(format: "%.2f", totalsOneCore / baseline)))")
print("full evaluation under 2 s:      \(full < 2 ? "yes" : "no")")

// Growth with size, on one core: the time per participant should stay flat (linear growth).
for n in [100, 10_000, 1_000_000] where n <= participants {
  let part = EvaluationInput(name: input.name, association: input.association, cost: input.cost, participants: Array(input.participants.prefix(n)))
  let repeats = max(1, 100_000 / n)
  let t = measure { for _ in 0..<repeats { revenue += must { try prepared.totals(part) }.figures(.society).revenue } } / Double(repeats)
  print(
    "size \(String(n).padding(toLength: 9, withPad: " ", startingAt: 0)) \(String(format: "%.6f", t)) s  \(String(format: "%.0f", t / Double(n) * 1e9)) ns/participant"
  )
}

// What an uncertainty analysis asks of the engine: many evaluations of one small input, each
// through `totals` (a model prepared per draw would add PreparedModel.init, some microseconds).
let draws = Int(ProcessInfo.processInfo.environment["BENCH_DRAWS"] ?? "") ?? 10_000
let small = EvaluationInput(name: input.name, association: input.association, cost: input.cost, participants: Array(input.participants.prefix(1_000)))
let clock = ContinuousClock()
let drawTime = clock.measure { for _ in 0..<draws { revenue += must { try prepared.totals(small) }.figures(.society).revenue } }
let drawSeconds = Double(drawTime.components.seconds) + Double(drawTime.components.attoseconds) / 1e18
print("engine totals \(draws) draws x \(small.participants.count) participants: \(s(drawSeconds)) s (one core; target < 2 s)")

// The same under the resolved input (``ResolvedInput``), as the uncertainty analysis runs it: the
// records resolved once, then per draw a model drawn from the parameter space (prepared sharing
// the codes) and every record's accounts.
var draw = SplitMix64(state: 7)
let space = model.parameterSpace
let drawnModels = (0..<min(draws, 100)).map { _ in
  PreparedModel(
    space.applying(quantiles: space.groups.map { _ in Double.random(in: 0...1, using: &draw) }, to: model.parameters), sharingCodesWith: prepared)
}
guard let resolvedSmall = EvaluationKernelProbe.resolve(small, prepared) else {
  FileHandle.standardError.write(Data("samnytta-bench: the generated input does not resolve\n".utf8))
  exit(70)
}
var accountSum = Money.zero
let resolvedTime = clock.measure {
  for d in 0..<draws {
    let drawn = PreparedModel(drawnModels[d % drawnModels.count].parameters, sharingCodesWith: prepared)
    guard let accounts = drawn.accounts(resolvedSmall) else { exit(70) }
    accountSum += accounts[d % accounts.count].after.production
  }
}
let resolvedSeconds = Double(resolvedTime.components.seconds) + Double(resolvedTime.components.attoseconds) / 1e18
print(
  "engine resolved input, \(draws) drawn models x \(small.participants.count) participants (accounts per record): \(s(resolvedSeconds)) s (one core; target < 2 s)"
)
if sink == 42 || revenue == Money(ore: 42) || accountSum == Money(ore: 42) { print("") }  // keeps the work observable

// The uncertainty analysis (`evaluate --uncertainty`): 10 000 draws of a 1 000-participant
// evaluation, for each of its three sources (sampling, parameters, both) plus the tornado, on one
// core (the draws run in sequence). Once, not the median of five: it is the slowest part.
let uncertaintyParticipants = 1000
let uncertaintyInput = generate(uncertaintyParticipants)
var analysed: UncertaintyResult? = nil
let elapsed = clock.measure {
  analysed = must {
    try UncertaintyAnalysis.run(
      uncertaintyInput, model: model.parameters, options: ForecastOptions(externalFactorsShare: model.parameters.externalFactorsShare),
      space: model.parameterSpace, settings: UncertaintySettings(draws: draws))
  }
}
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(
  "uncertainty \(draws) draws x \(uncertaintyParticipants) participants: \(String(format: "%.2f", seconds)) s (3 sources of \(draws) draws each, and the tornado; target < 2 s)"
)
if analysed?.drawnGroups == -1 { print("") }  // keeps the work observable
