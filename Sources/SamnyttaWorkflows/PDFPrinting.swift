import Foundation
import SamnyttaFormats
import SamnyttaReports

/// `report --format pdf`: the HTML report printed to PDF by headless Chromium, the browser the
/// report is written and checked for (A4 `@page` rules, page numbers in the margin). Samnytta has
/// no PDF writer of its own; without Chromium the command says which package to install.
public enum PDFPrinting {
  public enum Failure: Error, CustomStringConvertible {
    /// No `chromium` or `chromium-browser` on PATH, and no `$CHROMIUM`.
    case browserMissing
    /// Chromium ran but wrote no PDF.
    case printFailed(String)

    public var isBrowserMissing: Bool { if case .browserMissing = self { true } else { false } }

    /// The message in `language` (``CommandMessage``).
    public func text(_ language: Language) -> String {
      switch self {
      case .browserMissing: CommandMessage.browserMissing.text(language)
      case .printFailed(let detail): CommandMessage.printFailed(detail).text(language)
      }
    }

    public var description: String { text(.en) }
  }

  /// The browser to print with: `$CHROMIUM`, else `chromium` or `chromium-browser` on PATH.
  public static func browser(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    if let path = environment["CHROMIUM"], !path.isEmpty { return FileManager.default.isExecutableFile(atPath: path) ? path : nil }
    for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      for name in ["chromium", "chromium-browser"] {
        let path = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
      }
    }
    return nil
  }

  /// Prints `html` to PDF bytes in a private temporary folder, removed afterwards.
  public static func pdf(html: String) throws(Failure) -> [UInt8] {
    guard let browser = browser() else { throw .browserMissing }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samnytta-pdf-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    } catch {
      throw .printFailed("cannot create a temporary folder: \(error.localizedDescription)")
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("rapport.html")
    let output = folder.appendingPathComponent("rapport.pdf")
    do {
      try Data(html.utf8).write(to: page)
    } catch {
      throw .printFailed("cannot write the page: \(error.localizedDescription)")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: browser)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
      "--print-to-pdf=\(output.path)", page.absoluteString,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .printFailed("cannot start \(browser): \(error.localizedDescription)")
    }
    // A browser that hangs must not hang the command: two minutes is far beyond a report's print time.
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
    process.waitUntilExit()
    watchdog.cancel()
    guard let data = FileManager.default.contents(atPath: output.path), data.starts(with: Array("%PDF".utf8)) else {
      throw .printFailed("\(browser) exited with status \(process.terminationStatus) and wrote no PDF")
    }
    return [UInt8](data)
  }
}
