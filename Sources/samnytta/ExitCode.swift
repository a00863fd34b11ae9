import SamnyttaFormats
import SamnyttaReports

/// Exit codes from sysexits.h, as swift-argument-parser uses them.
enum ExitCode {
  static let success: Int32 = 0
  static let failure: Int32 = 1
  /// EX_USAGE: the command line was wrong.
  static let usage: Int32 = 64
  /// EX_DATAERR: an input or model file's contents were wrong.
  static let dataError: Int32 = 65
  /// EX_NOINPUT: a named file does not exist or cannot be read.
  static let noInput: Int32 = 66
  /// EX_UNAVAILABLE: a program the command needs (Chromium for PDF) is not installed.
  static let unavailable: Int32 = 69
  /// EX_CANTCREAT: an output file could not be written.
  static let cannotCreate: Int32 = 73
  /// EX_IOERR: writing standard output failed (a full disk, a closed pipe).
  static let ioError: Int32 = 74
}

/// The command line was wrong: exit 64, with the command's usage line.
struct UsageError: Error, CustomStringConvertible {
  var message: String
  var usage: String?
  /// The message's language: English unless it comes from ``CLIMessage`` (the catalogue).
  var language = Language.en
  init(_ message: String, usage: String? = nil) {
    self.message = message
    self.usage = usage
  }
  init(_ message: CLIMessage, _ language: Language, usage: String? = nil) {
    self.init(message.text(language), usage: usage)
    self.language = language
  }
  var description: String { message + (usage.map { "\n\(CLIMessage.usagePrefix.text(language)): \($0)" } ?? "") }
}

/// Some other failure that is not the user's data (an output file that cannot be written): exit 73 or 1.
struct ToolError: Error, CustomStringConvertible {
  var message: String
  var code: Int32 = ExitCode.failure
  var description: String { message }
}
