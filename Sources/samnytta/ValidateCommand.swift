import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows

enum ValidateCommand {
  static let usage = "samnytta validate FILE... [--model ID|PATH] [--lang \(Language.spelled())]"

  static let command = Tool.Command(
    name: "validate", usage: usage, help: .validate,
    run: run)

  static func run(_ context: Tool.Context, _ arguments: [String]) throws {
    let args = try Arguments(arguments, valued: ["model", "lang"], flags: [], usage: usage)
    _ = try args.language(usage: usage)
    guard !args.positional.isEmpty else { throw UsageError(.expectedInputFiles, args.l, usage: usage) }
    let model = PreparedModel(try Files.model(args.options["model"], context: context).parameters)
    var problems: [DataError] = []
    for path in args.positional {
      do {
        _ = try EvaluatedDocument.validate(try FileReading.read(path), file: FileReading.name(path), model: model)
        Output.out(CommandMessage.valid(file: FileReading.name(path)).text(args.l) + "\n")
      } catch let error as DataError {
        problems.append(error)
      } catch let error as DataErrors {
        problems += error.errors
      }
    }
    if !problems.isEmpty { throw DataErrors(problems) }
  }
}
