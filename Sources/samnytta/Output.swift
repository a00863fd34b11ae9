import Foundation
import SamnyttaCommandLine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows
import Synchronization

/// Writes to standard output and standard error with `write(2)` (not `print` or `FileHandle`,
/// so nothing is buffered out of order and a failed write never traps).
///
/// A failed write to standard output is recorded, later output is dropped, and `Tool.run` turns
/// the failure into the exit status once the command is done (`finish`): a closed pipe (`EPIPE`,
/// when SIGPIPE is ignored) ends quietly with 74, because the reader left on purpose; a full disk
/// or any other failure prints a message on standard error and exits 74 (EX_IOERR). With SIGPIPE
/// at its default, the kernel ends the process at the first write to a closed pipe, as for any
/// Unix tool (a shell shows 141). A failed write to standard error cannot be reported anywhere
/// and is ignored.
enum Output {
  private static let failure = Mutex<Int32?>(nil)

  static func out(_ text: String) { out(bytes: text.utf8) }

  static func out(bytes: some Collection<UInt8>) {
    guard failure.withLock({ $0 == nil }) else { return }
    if let code = writeAll(bytes, to: STDOUT_FILENO) { failure.withLock { $0 = $0 ?? code } }
  }

  static func err(_ text: String) { _ = writeAll(text.utf8, to: STDERR_FILENO) }

  /// An error message: control characters from user text (names, ids, arguments) are shown
  /// escaped, so a message cannot move the cursor or recolour the terminal; line feeds stay.
  static func error(_ text: String) { err(TerminalText.escapedKeepingLineFeeds(text)) }

  /// The command's exit status, unless writing its output failed: then 74, with a message on
  /// standard error for anything but a closed pipe.
  static func finish(_ status: Int32, _ l: Language) -> Int32 {
    guard let code = failure.withLock({ $0 }) else { return status }
    if code != EPIPE {
      err("\(CLIMessage.errorPrefix.text(l)): \(CommandMessage.cannotWriteStandardOutput(reason: SystemReason(errno: code).text(l)).text(l))\n")
    }
    return ExitCode.ioError
  }
}
