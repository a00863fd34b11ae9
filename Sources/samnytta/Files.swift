import Foundation
import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows

/// The files a command names: the model a `--model` option names (reading goes through
/// `FileReading`: a missing file is exit 66, bad contents exit 65), and writing `--out`.
enum Files {
  /// The model a `--model` option names (or the default), loaded and checked.
  static func model(_ reference: String?, context: Tool.Context) throws -> ModelDocument {
    let library = context.models
    let reference = reference ?? ModelLibrary.defaultModelID
    guard let path = library.path(for: reference) else {
      let available = library.availableIDs()
      throw UsageError(.unknownModel(reference.quotedForMessage, available: available), context.language)
    }
    let bytes = try FileReading.read(path)
    return try ModelDocument.decode(bytes, file: path)
  }

  /// Writes `--out PATH` atomically; a device, FIFO, socket or directory is refused (`OutputFile`).
  static func write(_ text: String, to path: String) throws(CannotCreateError) { try OutputFile.write(text.utf8, to: path) }

  /// A command's output: to `--out PATH`, else (no `--out`, or `--out -`) to standard output. An
  /// .xlsx workbook is binary, so it is refused on a terminal (exit 64) and goes to a file or a pipe.
  static func emit(_ bytes: [UInt8], to out: String?, binary: Bool = false, usage: String = "", _ l: Language = .sv) throws {
    if let out, out != "-" { return try OutputFile.write(bytes, to: out) }
    if binary && isatty(STDOUT_FILENO) == 1 {
      throw UsageError(.binaryNotToTerminal, l, usage: usage)
    }
    Output.out(bytes: bytes)
  }

  static func emit(_ text: String, to out: String?) throws { try emit(Array(text.utf8), to: out) }

  /// A table as `--format csv` (text in its dialect) or `--format xlsx` (a workbook with headers people read).
  /// `headers` chooses words people read (in `l`) or the machine keys.
  static func table(
    _ table: CSVTable, _ format: OutputFormat, _ dialect: CSVDialect, _ l: Language, headers: CSVHeaders, sheet: String, out: String?, usage: String
  ) throws {
    guard format == .xlsx else { return try emit(SpreadsheetHeaders.table(table, headers, l).rendered(dialect), to: out) }
    try emit(SpreadsheetHeaders.workbook(table, sheetName: sheet, language: l, keys: headers == .keys), to: out, binary: true, usage: usage, l)
  }
}
