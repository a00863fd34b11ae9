import Foundation
import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows

/// The command table and the one place errors become messages and exit codes.
enum Tool {
  static let version = SamnyttaVersion.current

  struct Context: Sendable {
    var environment: [String: String]
    var executablePath: String
    var models: ModelLibrary { ModelLibrary.standard(environment: environment, executablePath: executablePath) }
  }

  /// A command: its usage line, a help text, and what it does.
  struct Command: Sendable {
    var name: String
    var usage: String
    var summary: String
    var help: String
    var run: @Sendable (Context, [String]) throws -> Void
  }

  static let commands: [Command] = [
    EvaluateCommand.command, ExplainCommand.command, ValidateCommand.command, ImportCommand.command, ModelsCommand.listCommand,
    ModelsCommand.showCommand, DatabaseCommands.add, DatabaseCommands.list, DatabaseCommands.show, DatabaseCommands.history, DatabaseCommands.export,
    DatabaseCommands.remove, BatchCommand.command, RankCommand.command, CompareCommand.command, NormsCommand.command,
    ReportCommand.command, PortfolioCommand.command,
  ]

  /// Runs the command the arguments name and returns the exit status, which a failed write to
  /// standard output overrides (`Output.finish`).
  static func run(arguments: [String], environment: [String: String], executablePath: String) -> Int32 {
    Output.finish(dispatch(arguments: arguments, environment: environment, executablePath: executablePath))
  }

  private static func dispatch(arguments: [String], environment: [String: String], executablePath: String) -> Int32 {
    let context = Context(environment: environment, executablePath: executablePath)
    guard let first = arguments.first else {
      Output.err(mainHelp())
      return ExitCode.usage
    }
    if first == "--help" || first == "-h" || first == "help" {
      if arguments.count > 1, let command = find(Array(arguments.dropFirst())) {
        Output.out(command.help)
      } else if arguments.count > 1, let help = groupHelp(arguments[1]) {
        Output.out(help)
      } else {
        Output.out(mainHelp())
      }
      return ExitCode.success
    }
    if first == "--version" {
      Output.out("samnytta \(version)\n")
      return ExitCode.success
    }
    guard let command = find(arguments) else {
      // `samnytta db --help` lists the db commands; `samnytta db` or `samnytta db frob` does too, as an error.
      if let help = groupHelp(first) {
        let rest = arguments.dropFirst()
        if rest.first == "--help" || rest.first == "-h" {
          Output.out(help)
          return ExitCode.success
        }
        Output.error(
          (rest.first.map { "error: unknown command '\(first) \($0)'\n\n" } ?? "error: '\(first.quotedForMessage)' needs a command\n\n") + help)
        return ExitCode.usage
      }
      Output.error("error: unknown command '\(arguments.prefix(2).joined(separator: " ").quotedForMessage)'\n\n" + mainHelp())
      return ExitCode.usage
    }
    let rest = Array(arguments.dropFirst(command.name.split(separator: " ").count))
    if rest.contains("--help") || rest.contains("-h") {
      Output.out(command.help)
      return ExitCode.success
    }
    do {
      try command.run(context, rest)
      return ExitCode.success
    } catch let error as UsageError {
      Output.error("\(CLIMessage.errorPrefix.text(error.language)): \(error)\n")
      return ExitCode.usage
    } catch let error as DataError {
      let l = CLIMessage.language(arguments: arguments, environment: environment)
      Output.error("\(CLIMessage.errorPrefix.text(l)): \(error.text(l))\n")
      return ExitCode.dataError
    } catch let error as DataErrors {
      let l = CLIMessage.language(arguments: arguments, environment: environment)
      Output.error(error.errors.map { "\(CLIMessage.errorPrefix.text(l)): \($0.text(l))\n" }.joined())
      return ExitCode.dataError
    } catch let error as MissingFileError {
      Output.error("error: \(error)\n")
      return ExitCode.noInput
    } catch let error as CannotCreateError {
      Output.error("error: \(error)\n")
      return ExitCode.cannotCreate
    } catch let error as PDFPrinting.Failure {
      Output.error("error: \(error)\n")
      return error.isBrowserMissing ? ExitCode.unavailable : ExitCode.failure
    } catch let error as ToolError {
      Output.error("error: \(error)\n")
      return error.code
    } catch {
      Output.error("error: \(error)\n")
      return ExitCode.failure
    }
  }

  /// The command whose (one- or two-word) name starts the arguments.
  static func find(_ arguments: [String]) -> Command? {
    if arguments.count >= 2, let two = commands.first(where: { $0.name == "\(arguments[0]) \(arguments[1])" }) { return two }
    return commands.first { $0.name == arguments[0] }
  }

  /// The help of a command group (`db`, `model`): its commands, for `samnytta db --help`. `nil`
  /// when no two-word command starts with `group`.
  static func groupHelp(_ group: String) -> String? {
    let members = commands.filter { $0.name.hasPrefix(group + " ") }
    guard !members.isEmpty else { return nil }
    let width = members.map(\.name.count).max() ?? 0
    var text = "usage: samnytta \(group) <command> [options]\n\ncommands:\n"
    for command in members { text += "  \(command.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(command.summary)\n" }
    text += "\nRun `samnytta \(group) <command> --help` for a command's options.\n"
    return text
  }

  static func mainHelp() -> String {
    var text = """
      samnytta \(version): socio-economic cost-benefit evaluation for coordination associations (samordningsförbund)

      usage: samnytta <command> [options]

      commands:

      """
    let width = commands.map(\.name.count).max() ?? 0
    for command in commands { text += "  \(command.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(command.summary)\n" }
    text += """

      options:
        --help       show help (also: samnytta <command> --help)
        --version    show the version

      exit codes: 0 success, 64 usage error, 65 bad data, 66 missing file, 73 cannot write a file, 74 output error

      """
    return text
  }
}
