import Foundation

// The executable only reads files, calls the adapters and the engine, and renders errors.
let status = Tool.run(
  arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
  executablePath: CommandLine.arguments.first ?? "samnytta")
exit(status)
