import Foundation
import SamnyttaFormats
import SamnyttaTestSupport
import Testing

/// `--format xlsx` wherever `--format csv` is offered, checked by reading the workbook again with
/// the project's own reader, and once by LibreOffice where it is installed.
@Suite struct SpreadsheetOutputTests {
  static func rows(_ data: Data) throws -> [[XLSXWorkbook.Value]] {
    try XLSXWorkbook([UInt8](data)).sheet().rows.map { $0.cells.map(\.value) }
  }

  @Test func evaluateWritesAWorkbookWithSwedishHeadersAndNumbers() throws {
    let directory = try TemporaryDirectory()
    let out = directory.path("nyckeltal.xlsx")
    let result = try CLI.run(["evaluate", "Docs/examples/typfall-trampolinen.json", "--format", "xlsx", "--out", out])
    #expect(result.status == 0, "\(result)")
    let rows = try Self.rows(try Data(contentsOf: URL(fileURLWithPath: out)))
    #expect(rows.first?.prefix(4) == [.text("Perspektiv"), .text("Avser"), .text("Potential före"), .text("Potential efter")], "\(rows.first ?? [])")
    // The CSV's rows and numbers, stored as numbers.
    let csv = try CLI.run(["evaluate", "Docs/examples/typfall-trampolinen.json", "--format", "csv", "--csv-dialect", "comma"])
    let csvRows = csv.out.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    #expect(rows.count == csvRows.count + 1)
    for (row, csvRow) in zip(rows.dropFirst(), csvRows) {
      #expect(row.first == .text(csvRow[0]))
      let numbers = row.compactMap { value -> Double? in if case .number(let t) = value { return Double(t) } else { return nil } }
      let csvNumbers = csvRow.dropFirst(2).compactMap { Double($0) }
      #expect(numbers == csvNumbers)
    }
  }

  @Test func rankNormsAndCompareWriteWorkbooks() throws {
    let directory = try TemporaryDirectory()
    let db = directory.path("b.sqlite")
    let added = try CLI.run(["db", "add", "Docs/examples/typfall-trampolinen.json", "Docs/examples/realistic-42-participants.json", "--db", db])
    #expect(added.status == 0, "\(added)")
    for (arguments, header) in [
      (["rank"], "Placering"), (["norms"], "Klassgrupp"), (["norms", "--id", "1"], "Nyckeltal"), (["compare", "1", "2"], "Perspektiv"),
    ] {
      let out = directory.path("t.xlsx")
      let result = try CLI.run(arguments + ["--format", "xlsx", "--out", out, "--db", db])
      #expect(result.status == 0, "\(arguments): \(result)")
      let rows = try Self.rows(try Data(contentsOf: URL(fileURLWithPath: out)))
      #expect(rows.first?.first == .text(header), "\(arguments): \(rows.first ?? [])")
      #expect(rows.count > 1)
      // Piped, the same workbook comes out on standard output.
      let piped = try CLI.run(arguments + ["--format", "xlsx", "--db", db])
      #expect(piped.stdout == (try Data(contentsOf: URL(fileURLWithPath: out))), "\(arguments)")
    }
  }

  /// A workbook is binary: on a terminal (a pseudo-terminal from util-linux `script`) it is refused.
  @Test func aWorkbookIsNotWrittenToATerminal() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
      print("util-linux script is not installed: skipping the terminal check")
      return
    }
    let directory = try TemporaryDirectory()
    let example = PackageRoot.url("Docs/examples/typfall-trampolinen.json").path
    let result = try CLI.run(
      [example, "--format", "xlsx"], launcher: ["/bin/sh", "-c", "exec /usr/bin/script -qec \"$0 evaluate $*\" \(directory.path("typescript"))"])
    #expect(result.status == 64, "\(result)")
    #expect(result.out.contains("skrivs inte till en terminal"), "\(result)")
  }

  /// LibreOffice (`libreoffice` or `soffice` on PATH), or `nil`: the checks below are then skipped,
  /// since CI machines do not install it.
  static func libreOffice() -> String? {
    ["libreoffice", "soffice"].compactMap { name in
      (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }.first {
        FileManager.default.isExecutableFile(atPath: $0)
      }
    }.first
  }

  /// Converts `file` with LibreOffice to `filter` in `directory/out`, with a private profile and a time limit.
  static func convert(_ office: String, _ file: String, to filter: String, in directory: TemporaryDirectory, inFilter: String? = nil) throws {
    var arguments = ["--headless", "-env:UserInstallation=file://\(directory.path("profile"))"]
    if let inFilter { arguments.append("--infilter=\(inFilter)") }
    arguments += ["--convert-to", filter, "--outdir", directory.path("out"), file]
    let result = try ChildProcess.run(URL(fileURLWithPath: office), arguments, timeout: 180)
    #expect(result.status == 0 && !result.timedOut, "LibreOffice failed: \(result)")
  }

  /// CSV as LibreOffice writes it with these options: comma, double quote, UTF-8 (76), from line 1,
  /// values as stored rather than as shown (the last `false`), so numbers keep their decimals.
  static let libreOfficeCSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false"

  @Test func libreOfficeOpensTheWorkbook() throws {
    guard let office = Self.libreOffice() else {
      print("LibreOffice is not installed: skipping its conversion of the workbook")
      return
    }
    let directory = try TemporaryDirectory()
    let out = directory.path("nyckeltal.xlsx")
    #expect(try CLI.run(["evaluate", "Docs/examples/typfall-trampolinen.json", "--format", "xlsx", "--out", out]).status == 0)
    try Self.convert(office, out, to: Self.libreOfficeCSV, in: directory)
    let text = try String(contentsOf: URL(fileURLWithPath: directory.path("out/nyckeltal.csv")), encoding: .utf8)
    #expect(text.hasPrefix("Perspektiv,Avser,Potential före"), "\(text.prefix(200))")
    // LibreOffice reads the same rows and numbers as our own CSV holds.
    let csv = try CLI.run(["evaluate", "Docs/examples/typfall-trampolinen.json", "--format", "csv", "--csv-dialect", "comma"])
    func numbers(_ text: String) -> [[Double]] {
      text.split(whereSeparator: \.isNewline).dropFirst().map { line in line.split(separator: ",").compactMap { Double($0) } }
    }
    #expect(numbers(text).count == numbers(csv.out).count && !numbers(text).isEmpty)
    #expect(numbers(text) == numbers(csv.out), "\(text.prefix(400))")
    #expect(text.contains("\nSamhället,totalt,"), "\(text.prefix(400))")
  }

  /// A workbook LibreOffice wrote (the template re-saved, and the template's CSV saved as xlsx)
  /// imports to the same document as the template itself.
  @Test func aWorkbookWrittenByLibreOfficeImports() throws {
    guard let office = Self.libreOffice() else {
      print("LibreOffice is not installed: skipping the import of a workbook it wrote")
      return
    }
    let directory = try TemporaryDirectory()
    let template = PackageRoot.url("Docs/examples/participants-template.xlsx").path
    let csvTemplate = PackageRoot.url("Docs/examples/participants-template.csv").path
    func imported(_ file: String) throws -> String {
      let result = try CLI.run(["import", file, "--into", "-", "--name", "T", "--association", "A", "--cost", "100000"])
      #expect(result.status == 0, "\(file): \(result)")
      return result.out
    }
    let expected = try imported(template)
    try FileManager.default.createDirectory(atPath: directory.path("resaved"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: template, toPath: directory.path("resaved/mall.xlsx"))
    try FileManager.default.copyItem(atPath: csvTemplate, toPath: directory.path("resaved/mall-csv.csv"))
    try Self.convert(office, directory.path("resaved/mall.xlsx"), to: "xlsx:Calc MS Excel 2007 XML", in: directory)
    let semicolonUTF8 = "Text - txt - csv (StarCalc):59,34,76,1"
    try Self.convert(office, directory.path("resaved/mall-csv.csv"), to: "xlsx:Calc MS Excel 2007 XML", in: directory, inFilter: semicolonUTF8)
    #expect(expected.contains("\"participants\""))
    #expect(try imported(directory.path("out/mall.xlsx")) == expected)
    #expect(try imported(directory.path("out/mall-csv.xlsx")) == expected)
  }
}
