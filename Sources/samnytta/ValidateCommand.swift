import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaWorkflows

enum ValidateCommand {
  static let usage = "samnytta validate FILE... [--model ID|PATH]"

  static let command = Tool.Command(
    name: "validate", usage: usage, summary: "check input files without evaluating them",
    help: """
      Checks input files: JSON syntax (with line and column), keys, types, ranges, state codes
      (against the model), personnummer-like ids. Prints every problem; exits 65 if any file has one.

      usage: \(usage)

        FILE may be -: standard input

      """,
    run: run)

  static func run(_ context: Tool.Context, _ arguments: [String]) throws {
    let args = try Arguments(arguments, valued: ["model"], flags: [], usage: usage)
    guard !args.positional.isEmpty else { throw UsageError("expected at least one input file", usage: usage) }
    let model = PreparedModel(try Files.model(args.options["model"], context: context).parameters)
    var problems: [DataError] = []
    for path in args.positional {
      do {
        _ = try EvaluatedDocument.validate(try FileReading.read(path), file: FileReading.name(path), model: model)
        Output.out("\(FileReading.name(path)): ok\n")
      } catch let error as DataError {
        problems.append(error)
      } catch let error as DataErrors {
        problems += error.errors
      }
    }
    if !problems.isEmpty { throw DataErrors(problems) }
  }
}
