import Foundation
import SamnyttaStore

// `make bench` (second part): a database of 10 000 evaluations with 1 000 000 participants in all.
// Times `samnytta batch` (the real release executable, re-evaluating every stored evaluation and
// storing the results) beside the `sqlite3` command-line tool reading the same rows in the same
// run. Ratios, not absolute times, are what to compare between machines.

/// Timings of a debug build say nothing: the benchmark refuses to run in one.
func isDebugBuild() -> Bool {
  #if DEBUG
    true
  #else
    false
  #endif
}
if isDebugBuild() {
  FileHandle.standardError.write(Data("samnytta-dbbench: build with -c release (make bench)\n".utf8))
  exit(64)
}

let environment = ProcessInfo.processInfo.environment
let evaluations = Int(environment["BENCH_EVALUATIONS"] ?? "") ?? 10_000
let perEvaluation = Int(environment["BENCH_PARTICIPANTS_PER_EVALUATION"] ?? "") ?? 100
let repetitions = 3

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("samnytta-dbbench: \(message)\n".utf8))
  exit(70)
}

/// One generated evaluation document: `perEvaluation` participants moving between a few states,
/// chosen by index so every run stores the same bytes.
func document(_ e: Int) -> String {
  let beforeStates = ["forsorjningsstod", "sjukpenning", "aktivitetsersattning", "aktivitetsstod", "a_kassa"]
  let afterStates = ["arbete", "lonestod", "studier", "forsorjningsstod", "sjukpenning", "aktivitetsstod"]
  var participants: [String] = []
  for p in 0..<perEvaluation {
    let k = e &* 7919 &+ p &* 104_729
    let b = beforeStates[k % beforeStates.count]
    let a = afterStates[(k / 5) % afterStates.count]
    let months = 3 + (k / 31) % 10
    let beforeAmount = b == "forsorjningsstod" ? ", \"monthlyAmount\": \(6_000 + k % 6_000)" : ""
    let afterAmount = a == "arbete" ? ", \"monthlyAmount\": \(20_000 + k % 12_000)" : ""
    let extent = a == "lonestod" ? 0.5 : 1
    var after = "{ \"state\": \"\(a)\", \"months\": \(months), \"extent\": \(extent)\(afterAmount) }"
    if months < 12 { after += ", { \"state\": \"ingen_offentlig_forsorjning\", \"months\": \(12 - months) }" }
    participants.append(
      """
          { "id": "E\(e)-D\(p)", "before": { "spells": [ { "state": "\(b)", "months": 12\(beforeAmount) } ], \
      "care": [ { "type": "lakarbesok_primarvard", "count": \(k % 9) } ] }, "after": { "spells": [ \(after) ] } }
      """)
  }
  return """
    {
      "formatVersion": 1,
      "name": "Bench \(e)",
      "association": "Samordningsförbundet \(e % 40)",
      "year": \(2015 + e % 10),
      "cost": { "total": \(perEvaluation * (30_000 + (e % 7) * 10_000)) },
      "participants": [
    \(participants.joined(separator: ",\n"))
      ]
    }

    """
}

func run(_ executable: String, _ arguments: [String]) -> Double {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  var env = environment
  env["SAMNYTTA_MODELS"] = FileManager.default.currentDirectoryPath + "/Models"
  process.environment = env
  process.standardOutput = FileHandle.nullDevice
  let clock = ContinuousClock()
  let elapsed = clock.measure {
    do { try process.run() } catch { fail("cannot run \(executable): \(error)") }
    process.waitUntilExit()
  }
  guard process.terminationStatus == 0 else { fail("\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)") }
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

func which(_ name: String) -> String? {
  for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
    let path = "\(directory)/\(name)"
    if FileManager.default.isExecutableFile(atPath: path) { return path }
  }
  return nil
}

guard let sqlite3 = which("sqlite3") else { fail("the sqlite3 command-line tool is missing (make deps installs it)") }
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("samnytta").path
guard FileManager.default.isExecutableFile(atPath: binary) else { fail("\(binary) not found; build the samnytta product in release first") }

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("samnytta-dbbench-\(getpid())")
try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }
// BENCH_DATABASE keeps the generated database at that path (for profiling); it must not exist yet.
let path = environment["BENCH_DATABASE"] ?? scratch.appendingPathComponent("bench.sqlite").path

print("samnytta-dbbench: generating \(evaluations) evaluations × \(perEvaluation) participants")
do {
  let database = try EvaluationDatabase.open(path: path)
  var documents: [NewDocument] = []
  var bytes = 0
  for e in 0..<evaluations {
    let data = Data(document(e).utf8)
    bytes += data.count
    documents.append(
      NewDocument(
        bytes: data, kind: .full, name: "Bench \(e)", association: "Samordningsförbundet \(e % 40)", year: 2015 + e % 10, classGroup: nil,
        participants: perEvaluation))
  }
  try database.add(documents)
  print("stored \(evaluations) documents, \(bytes / 1_000_000) MB of JSON")
} catch {
  fail("cannot build the database: \(error)")
}

// The first batch also stores each document's compact form (the generator stores JSON only); the
// timed ones read it, as every later batch does.
_ = run(binary, ["batch", "--model", "se-2025", "--db", path])
let batch = median((0..<repetitions).map { _ in run(binary, ["batch", "--model", "se-2025", "--db", path]) })
// The raw reads, by the sqlite3 tool: the stored documents, and the compact forms `batch` reads.
let rawRead = median((0..<repetitions).map { _ in run(sqlite3, [path, "SELECT id, bytes FROM documents"]) })
let compactRead = median((0..<repetitions).map { _ in run(sqlite3, [path, "SELECT id, compact FROM documents"]) })
let participants = evaluations * perEvaluation
print("sqlite3 reading the documents: \(String(format: "%.3f", rawRead)) s")
print("sqlite3 reading compact forms: \(String(format: "%.3f", compactRead)) s")
print("samnytta batch:                \(String(format: "%.3f", batch)) s  \(Int(Double(participants) / batch)) participants/s")
print(
  "ratio batch / raw read:        \(String(format: "%.2f", batch / rawRead)) (target ≤ 2; \(String(format: "%.2f", batch / compactRead)) against the compact forms)"
)
