import Foundation
import SamnyttaTestSupport
import Testing

/// The command line itself: usage errors exit 64 with a message and the usage line.
@Suite struct UsageTests {
  static let seed = "Docs/examples/forsorjningsstod-8000-till-arbete-23000.json"

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var expected: [String]
    var testDescription: String { name }
  }

  static let usageErrors: [Case] = [
    Case(name: "unknown command", arguments: ["frobnicate"], expected: ["error: unknown command 'frobnicate'", "usage: samnytta <command>"]),
    Case(name: "no arguments", arguments: [], expected: ["usage: samnytta <command>"]),
    Case(
      name: "unknown option", arguments: ["evaluate", seed, "--colour"],
      expected: ["error: unknown option '--colour'", "usage: samnytta evaluate FILE"]),
    Case(name: "unknown short option", arguments: ["evaluate", seed, "-x"], expected: ["unknown option '-x'"]),
    Case(name: "missing file argument", arguments: ["evaluate"], expected: ["error: expected exactly one input file", "usage: samnytta evaluate"]),
    Case(name: "two file arguments", arguments: ["evaluate", seed, seed], expected: ["expected exactly one input file"]),
    Case(
      name: "bad --format value", arguments: ["evaluate", seed, "--format", "xml"],
      expected: ["error: invalid value 'xml' for '--format'; expected one of: text, json"]),
    Case(
      name: "bad --lang value", arguments: ["evaluate", seed, "--lang", "de"],
      expected: ["error: invalid value 'de' for '--lang'; expected one of: sv, en"]),
    Case(
      name: "unknown --model id", arguments: ["evaluate", seed, "--model", "se-1999"],
      expected: ["error: unknown model 'se-1999'; available models: se-2016, se-2025, se-2026"]),
    Case(name: "option without value", arguments: ["evaluate", seed, "--model"], expected: ["option '--model' needs a value"]),
    Case(name: "option given twice", arguments: ["evaluate", seed, "--lang", "en", "--lang=en"], expected: ["option '--lang' given twice"]),
    Case(
      name: "bad percentage", arguments: ["evaluate", seed, "--drop-off", "150"],
      expected: ["invalid value '150' for '--drop-off'; expected a percentage between 0 and 100"]),
    Case(name: "explain without file", arguments: ["explain"], expected: ["expected exactly one input file"]),
    Case(
      name: "explain unknown participant", arguments: ["explain", seed, "--participant", "nobody"],
      expected: ["no participant with id 'nobody'", "exempel-1"]),
    Case(name: "validate without file", arguments: ["validate"], expected: ["expected at least one input file"]),
    Case(name: "models with an argument", arguments: ["models", "extra"], expected: ["'models' takes no arguments"]),
    Case(name: "model show unknown id", arguments: ["model", "show", "se-1999"], expected: ["unknown model 'se-1999'"]),
  ]

  /// The English messages (SAMNYTTA_LANG=en); ``swedishUsageErrors`` checks the Swedish ones.
  @Test(arguments: usageErrors)
  func usageError(_ c: Case) throws {
    let result = try CLI.run(c.arguments, environment: ["SAMNYTTA_LANG": "en"])
    #expect(result.status == 64, "\(result)")
    #expect(result.out.isEmpty, "usage error wrote to standard output: \(result.out)")
    for fragment in c.expected {
      #expect(result.err.contains(fragment), "'\(fragment)' missing from: \(result.err)")
    }
  }

  /// The option parser's messages come from the catalogue (CLIMessage): Swedish by default.
  @Test func swedishUsageErrors() throws {
    let cases: [([String], [String])] = [
      (["evaluate", Self.seed, "--colour"], ["fel: okänd flagga '--colour'", "användning: samnytta evaluate FILE"]),
      (["evaluate", Self.seed, "--model"], ["fel: flaggan '--model' behöver ett värde"]),
      (["evaluate", Self.seed, "--lang", "sv", "--lang=sv"], ["flaggan '--lang' är angiven två gånger"]),
      (["evaluate", Self.seed, "--format", "xml"], ["fel: ogiltigt värde 'xml' för '--format'; möjliga värden: text, json"]),
      (["evaluate", Self.seed, "--drop-off", "150"], ["ogiltigt värde '150' för '--drop-off'; ange procent mellan 0 och 100"]),
      (["db", "export", "--all=yes"], ["flaggan '--all' tar inget värde"]),
    ]
    for (arguments, expected) in cases {
      let result = try CLI.run(arguments)
      #expect(result.status == 64, "\(result)")
      for fragment in expected { #expect(result.err.contains(fragment), "'\(fragment)' missing from: \(result.err)") }
      #expect(!result.err.contains("error:") && !result.err.contains("usage:"), "\(result.err)")
    }
    let variable = try CLI.run(["evaluate", Self.seed], environment: ["SAMNYTTA_LANG": "de"])
    #expect(variable.status == 64 && variable.err.contains("fel: ogiltigt värde 'de' i SAMNYTTA_LANG"), "\(variable.err)")
  }

  @Test func version() throws {
    let result = try CLI.run(["--version"])
    #expect(result.status == 0, "\(result)")
    #expect(result.err.isEmpty)
    let line = result.out.trimmingCharacters(in: .newlines)
    #expect(line.hasPrefix("samnytta "))
    let number = line.dropFirst("samnytta ".count)
    #expect(number.split(separator: ".").count == 3 && number.allSatisfy { $0.isNumber || $0 == "." }, "\(line)")
  }

  /// Every command has help, exits 0, and shows its usage line: in Swedish unless English is asked for.
  @Test(arguments: [
    ["evaluate"], ["explain"], ["validate"], ["import"], ["models"], ["model", "show"], ["db", "add"], ["db", "list"], ["db", "show"],
    ["db", "history"], ["db", "export"], ["db", "remove"], ["batch"], ["rank"], ["compare"], ["norms"], ["report"], ["portfolio"],
  ])
  func commandHelp(_ command: [String]) throws {
    let usage = "samnytta \(command.joined(separator: " "))"
    for flag in ["--help", "-h"] {
      let result = try CLI.run(command + [flag])
      #expect(result.status == 0, "\(result)")
      #expect(result.out.contains("användning: \(usage)"), "\(result.out)")
    }
    let viaHelp = try CLI.run(["help"] + command)
    #expect(viaHelp.status == 0)
    #expect(viaHelp.out.contains("användning: \(usage)"))
    let english = try CLI.run(["help"] + command + ["--lang", "en"])
    #expect(english.status == 0 && english.out.contains("usage: \(usage)") && english.out != viaHelp.out, "\(english)")
    let variable = try CLI.run(command + ["--help"], environment: ["SAMNYTTA_LANG": "en"])
    #expect(variable.out == english.out)
  }

  /// The tool finds its models from the working directory too, without SAMNYTTA_MODELS.
  @Test func modelsFoundWithoutEnvironment() throws {
    let result = try CLI.run(["models"], environment: ["SAMNYTTA_MODELS": ""])
    #expect(result.status == 0, "\(result)")
    #expect(result.out.contains("se-2026 (standard)"))
  }

  /// `--out` writes the file and nothing to standard output.
  @Test func outWritesAFile() throws {
    let directory = try TemporaryDirectory()
    let out = directory.path("result.json")
    let result = try CLI.run(["evaluate", Self.seed, "--model", "se-2016", "--format", "json", "--out", out])
    #expect(result.status == 0, "\(result)")
    #expect(result.out.isEmpty)
    let direct = try CLI.run(["evaluate", Self.seed, "--model", "se-2016", "--format", "json"])
    #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == direct.stdout)
  }

  @Test func unwritableOutIsExit73() throws {
    let directory = try TemporaryDirectory()
    let result = try CLI.run(["evaluate", Self.seed, "--out", directory.path("no/such/dir/out.txt")], environment: CLI.english)
    #expect(result.status == 73, "\(result)")
    #expect(result.err.contains("cannot write"))
  }
}
