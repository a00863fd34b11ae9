import Foundation
import SamnyttaCommandLine

// The executable only reads files, calls the adapters and the engine, and renders errors.
let status = Tool.run(
  arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
  executablePath: executablePath())
exit(status)

/// The running executable's own path, so the models beside an installed command are found: a
/// command run from PATH gets only its name ("samnytta") as its first argument, so the path comes
/// from the system (`/proc/self/exe` behind `Bundle.main`), and the first argument is the fallback.
func executablePath() -> String {
  let name = CommandLine.arguments.first ?? "samnytta"
  if name.contains("/") { return name }
  return Bundle.main.executablePath ?? name
}
