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

  @Test func libreOfficeOpensTheWorkbook() throws {
    let office = ["libreoffice", "soffice"].compactMap { name in
      (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }.first {
        FileManager.default.isExecutableFile(atPath: $0)
      }
    }.first
    guard let office else {
      print("LibreOffice is not installed: skipping its conversion of the workbook")
      return
    }
    let directory = try TemporaryDirectory()
    let out = directory.path("nyckeltal.xlsx")
    #expect(try CLI.run(["evaluate", "Docs/examples/typfall-trampolinen.json", "--format", "xlsx", "--out", out]).status == 0)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: office)
    process.arguments = [
      "--headless", "-env:UserInstallation=file://\(directory.path("profile"))", "--convert-to", "csv", "--outdir", directory.path("csv"), out,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let text = try String(contentsOf: URL(fileURLWithPath: directory.path("csv/nyckeltal.csv")), encoding: .utf8)
    #expect(text.hasPrefix("Perspektiv,Avser,Potential före"), "\(text.prefix(200))")
    #expect(text.contains("society,total,"))
  }
}
