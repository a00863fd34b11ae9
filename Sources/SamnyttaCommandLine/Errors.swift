import SamnyttaFormats
import SamnyttaReports

/// Exit codes from sysexits.h, as swift-argument-parser uses them.
public enum ExitCode {
  public static let success: Int32 = 0
  public static let failure: Int32 = 1
  /// EX_USAGE: the command line was wrong.
  public static let usage: Int32 = 64
  /// EX_DATAERR: an input or model file's contents were wrong.
  public static let dataError: Int32 = 65
  /// EX_NOINPUT: a named file does not exist or cannot be read.
  public static let noInput: Int32 = 66
  /// EX_UNAVAILABLE: a program the command needs (Chromium for PDF) is not installed.
  public static let unavailable: Int32 = 69
  /// EX_CANTCREAT: an output file could not be written.
  public static let cannotCreate: Int32 = 73
  /// EX_IOERR: writing standard output failed (a full disk, a closed pipe).
  public static let ioError: Int32 = 74
}

/// The command line was wrong: exit 64, with the command's usage line.
public struct UsageError: Error, CustomStringConvertible {
  public var message: String
  public var usage: String?
  /// The message's language (that of the words "usage:" and "error:" around it).
  public var language: Language
  public init(_ message: CLIMessage, _ language: Language, usage: String? = nil) {
    self.init(text: message.text(language), language, usage: usage)
  }
  public init(_ message: CommandMessage, _ language: Language, usage: String? = nil) {
    self.init(text: message.text(language), language, usage: usage)
  }
  /// A message in `language` from elsewhere (a catalogue's text already rendered).
  public init(text: String, _ language: Language, usage: String? = nil) {
    self.message = text
    self.usage = usage
    self.language = language
  }
  public var description: String { message + (usage.map { "\n\(CLIMessage.usagePrefix.text(language)): \($0)" } ?? "") }
}
