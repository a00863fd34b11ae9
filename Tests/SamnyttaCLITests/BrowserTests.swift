import Foundation
import SamnyttaFormats
import SamnyttaTestSupport
import Testing

/// The HTML report in a real browser: headless Chromium renders it to a PNG, and the test decodes
/// the PNG itself (``PNGImage``) to check that the page is not blank. Chromium comes from Debian's
/// `chromium` package (`make test-deps`, which `make test` and CI run); without it the test fails and says so.
@Suite struct BrowserTests {
  /// `chromium` (or `chromium-browser`) on PATH, or `$CHROMIUM`.
  static func chromium() -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["CHROMIUM"], FileManager.default.isExecutableFile(atPath: explicit) { return explicit }
    let path = environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      for name in ["chromium", "chromium-browser"] {
        let candidate = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }

  @Test func chromiumRendersTheReportToAPageThatIsNotBlank() throws {
    let browser = try #require(
      Self.chromium(),
      "chromium is not installed: run `make test-deps` (it installs Debian's chromium package; CI does this) or set CHROMIUM to its path")
    let directory = try TemporaryDirectory()
    let html = directory.path("report.html")
    let png = directory.path("report.png")
    let report = try CLI.run(
      ["report", "Docs/examples/realistic-42-participants.json", "--out", html], environment: ["SAMNYTTA_DB": directory.path("none.sqlite")])
    #expect(report.status == 0, "\(report)")

    let clock = ContinuousClock()
    let start = clock.now
    // --no-sandbox: CI runs as root in a container; --user-data-dir: parallel runs share no profile.
    let result = try run(
      browser,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--no-first-run",
        "--user-data-dir=\(directory.path("profile"))", "--screenshot=\(png)", "--window-size=1240,1754",
        URL(fileURLWithPath: html).absoluteString,
      ], timeout: 120)
    let renderTime = clock.now - start
    #expect(result.status == 0, "chromium failed (exit \(result.status)):\n\(result.err)")
    let bytes = try #require(FileManager.default.contents(atPath: png), "chromium wrote no screenshot:\n\(result.err)")

    let decodeStart = clock.now
    let image = try PNGImage([UInt8](bytes))
    let decodeTime = clock.now - decodeStart
    #expect(image.width == 1240 && image.height == 1754, "screenshot is \(image.width)×\(image.height)")

    // Not blank: a meaningful share of non-white pixels, and several distinct colours
    // (text, the accent colour of the headings, the tinted headline boxes).
    var nonWhite = 0
    var colours: Set<UInt32> = []
    for y in 0..<image.height {
      for x in 0..<image.width {
        let p = image.pixel(x, y)
        if Int(p.r) + Int(p.g) + Int(p.b) < 3 * 245 { nonWhite += 1 }
        colours.insert(UInt32(p.r) << 16 | UInt32(p.g) << 8 | UInt32(p.b))
      }
    }
    let share = Double(nonWhite) / Double(image.width * image.height)
    #expect(share > 0.03, "only \(share * 100) % of the pixels are not white")
    #expect(colours.count >= 16, "only \(colours.count) distinct colours")
    // The accent blue of the headings (#1f4e79) must be on the page: CSS was applied.
    let accent = UInt32(0x1f) << 16 | UInt32(0x4e) << 8 | UInt32(0x79)
    #expect(colours.contains(accent), "the heading colour #1f4e79 is missing: was the stylesheet applied?")
    print(
      "browser test: chromium rendered the report in \(renderTime), PNG decoded in \(decodeTime); \(Int(share * 1000) / 10) % non-white, \(colours.count) colours"
    )
  }

  /// Runs a program with a time limit, output captured in files (never a full pipe).
  func run(_ executable: String, _ arguments: [String], timeout: Double) throws -> CLIResult {
    let result = try ChildProcess.run(URL(fileURLWithPath: executable), arguments, timeout: timeout)
    if result.timedOut { Issue.record("\(executable) did not finish within \(Int(timeout)) s") }
    return result
  }
}

/// The decoder on an image whose pixels are known: a 2×2 RGB PNG with one row per filter type
/// the data uses, as Python's zlib wrote it (dynamic and fixed Huffman blocks are both covered by
/// the screenshot above).
@Suite struct PNGImageTests {
  @Test func decodesASmallKnownImage() throws {
    // 2×1 RGB: red, green; written with zlib level 0 (a stored block) to cover that path too.
    let raw: [UInt8] = [0, 255, 0, 0, 0, 255, 0]
    var idat: [UInt8] = [0x78, 0x01, 0x01, UInt8(raw.count), 0, ~UInt8(raw.count), 0xFF] + raw
    let adler = Inflate.adler32(raw)
    idat += [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
    func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
      let n = body.count
      return [UInt8(n >> 24), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)] + Array(type.utf8) + body + [0, 0, 0, 0]
    }
    let png: [UInt8] =
      [137, 80, 78, 71, 13, 10, 26, 10] + chunk("IHDR", [0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0]) + chunk("IDAT", idat) + chunk("IEND", [])
    let image = try PNGImage(png)
    #expect(image.width == 2 && image.height == 1)
    #expect(image.pixel(0, 0) == (255, 0, 0, 255))
    #expect(image.pixel(1, 0) == (0, 255, 0, 255))
  }

  @Test func rejectsWhatIsNotAPNG() {
    #expect(throws: PNGImage.Failure.self) { try PNGImage(Array("<html></html>".utf8)) }
  }
}
