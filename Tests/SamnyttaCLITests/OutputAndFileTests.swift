import Foundation
import SamnyttaTestSupport
import Testing

/// Output that cannot be written is an error, never a trap; `--out` and `--db` only replace or
/// open what they should; read-only commands never create, migrate or write the database.
@Suite struct OutputAndFileTests {
  static let seed = "Docs/examples/forsorjningsstod-8000-till-arbete-23000.json"

  /// Runs a shell command in the test (mknod, mkfifo, ln), failing the test when it fails.
  func shell(_ command: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "`\(command)` failed", sourceLocation: sourceLocation)
  }

  // MARK: - Standard output

  /// A full disk: a copy of /dev/full (made with mknod in a temporary folder) as standard output.
  @Test(.enabled(if: getuid() == 0, "mknod needs root")) func fullDeviceIsAnIOError() throws {
    let directory = try TemporaryDirectory()
    try shell("mknod '\(directory.path("full"))' c 1 7")
    let full = try #require(FileHandle(forWritingAtPath: directory.path("full")))
    defer { try? full.close() }
    for arguments in [["evaluate", Self.seed], ["--help"]] {
      let result = try CLI.run(arguments, standardOutput: full)
      #expect(result.status == 74, "\(arguments): \(result)")
      #expect(result.err == "fel: kan inte skriva till standard ut: det finns inget utrymme kvar på enheten\n", "\(result)")
      let english = try CLI.run(arguments + ["--lang", "en"], standardOutput: full)
      #expect(english.err == "error: cannot write to standard output: no space left on device\n", "\(english)")
    }
  }

  /// A reader that has gone (the read end closed before the program starts) with SIGPIPE ignored:
  /// the write fails with EPIPE, and the program ends quietly with 74 instead of trapping.
  @Test func closedPipeEndsQuietly() throws {
    let pipe = Pipe()
    try pipe.fileHandleForReading.close()
    let result = try CLI.run(
      ["evaluate", Self.seed, "--format", "json"], standardOutput: pipe.fileHandleForWriting,
      launcher: ["/bin/sh", "-c", "trap '' PIPE; exec \"$0\" \"$@\""])
    #expect(result.status == 74, "\(result)")
    #expect(result.err.isEmpty, "\(result)")
    #expect(!result.err.contains("Fatal error"))
  }

  // MARK: - --out

  @Test func outFollowsASymbolicLinkAndKeepsIt() throws {
    let directory = try TemporaryDirectory()
    let target = try directory.write("target.txt", "old\n")
    try shell("ln -s target.txt '\(directory.path("link.txt"))'")
    let result = try CLI.run(["evaluate", Self.seed, "--out", directory.path("link.txt")])
    #expect(result.status == 0, "\(result)")
    let expected = try CLI.run(["evaluate", Self.seed])
    #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == expected.stdout && expected.stdout.count > 100)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.path("link.txt")) == "target.txt")
    #expect(try directory.names() == ["link.txt", "target.txt"])
  }

  @Test func outRefusesWhatIsNotARegularFile() throws {
    let directory = try TemporaryDirectory()
    try shell("mkfifo '\(directory.path("fifo"))'")
    try FileManager.default.createDirectory(atPath: directory.path("folder"), withIntermediateDirectories: false)
    try shell("ln -s fifo '\(directory.path("link-to-fifo"))'")
    var cases = [("fifo", "it is a FIFO (named pipe)"), ("folder", "it is a directory"), ("link-to-fifo", "which is a FIFO (named pipe)")]
    if getuid() == 0 {
      try shell("mknod '\(directory.path("null"))' c 1 3")
      cases.append(("null", "it is a character device"))
    }
    let before = try directory.names()
    for (name, reason) in cases {
      let result = try CLI.run(["evaluate", Self.seed, "--out", directory.path(name)], environment: CLI.english)
      #expect(result.status == 73, "\(name): \(result)")
      #expect(result.err.contains(directory.path(name)) && result.err.contains(reason), "\(name): \(result)")
    }
    #expect(try directory.names() == before)
    let missingFolder = try CLI.run(["evaluate", Self.seed, "--out", directory.path("no/such/file.txt")], environment: CLI.english)
    #expect(missingFolder.status == 73 && missingFolder.err.contains("does not exist"), "\(missingFolder)")
  }

  // MARK: - --db

  /// A device, a FIFO or a dangling link as the database is refused before anything is written
  /// beside it (no -journal, -wal or temporary file), by read-only and writing commands alike.
  @Test func dbRefusesWhatIsNotARegularFile() throws {
    let directory = try TemporaryDirectory()
    try shell("mkfifo '\(directory.path("fifo"))'")
    try shell("ln -s missing.sqlite '\(directory.path("dangling"))'")
    var cases = [("fifo", "FIFO"), ("dangling", "symbolic link to a missing file")]
    if getuid() == 0 {
      try shell("mknod '\(directory.path("null"))' c 1 3")
      cases.append(("null", "character device"))
    }
    let before = try directory.names()
    for (name, reason) in cases {
      for command in [["db", "list"], ["db", "add", Self.seed], ["batch"]] {
        let result = try CLI.run(command + ["--db", directory.path(name)], environment: CLI.english)
        #expect(result.status == 65, "\(name) \(command): \(result)")
        #expect(result.err.contains(directory.path(name)) && result.err.contains(reason), "\(name) \(command): \(result)")
      }
    }
    #expect(try directory.names() == before)
  }

  @Test func dbThroughASymbolicLinkIsUsed() throws {
    let directory = try TemporaryDirectory()
    try shell("ln -s real.sqlite '\(directory.path("link.sqlite"))'")
    #expect(try CLI.run(["db", "add", Self.seed, "--db", directory.path("real.sqlite")]).status == 0)
    let listed = try CLI.run(["db", "list", "--db", directory.path("link.sqlite")])
    #expect(listed.status == 0 && listed.out.contains("1"), "\(listed)")
  }

  // MARK: - Read-only commands

  /// Reading never creates a database: a missing one is exit 66, and no file appears.
  @Test func readOnlyCommandsDoNotCreateTheDatabase() throws {
    let directory = try TemporaryDirectory()
    let db = directory.path("new.sqlite")
    for command in [["db", "list"], ["db", "show", "1"], ["db", "export", "1"], ["rank"], ["norms"], ["compare", "1"], ["report", "--id", "1"]] {
      let result = try CLI.run(command + ["--db", db], environment: CLI.english)
      #expect(result.status == 66, "\(command): \(result)")
      #expect(result.err.contains(db) && result.err.contains("never creates"), "\(command): \(result)")
    }
    #expect(try directory.names() == [])
  }

  /// Read-only commands leave the database's bytes as they were.
  @Test func readOnlyCommandsDoNotChangeTheFile() throws {
    let directory = try TemporaryDirectory()
    let db = directory.path("db.sqlite")
    #expect(try CLI.run(["db", "add", Self.seed, "Docs/examples/typfall-trampolinen.json", "--db", db]).status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    for command in [
      ["db", "list"], ["db", "show", "1"], ["db", "export", "1"], ["rank"], ["norms"], ["compare", "1", "2"], ["report", "--id", "2"],
    ] {
      let result = try CLI.run(command + ["--db", db])
      #expect(result.status == 0, "\(command): \(result)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
  }

  /// The real case the immutable fallback is for: a user who may not write the folder (nobody,
  /// through setpriv; root ignores permissions) reads a WAL database in it with no -shm file.
  @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs root and setpriv"))
  func readOnlyFolderIsReadThroughTheImmutableFallback() throws {
    let directory = try TemporaryDirectory()
    let folder = directory.path("ro")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    let db = folder + "/db.sqlite"
    #expect(try CLI.run(["db", "add", Self.seed, "--db", db]).status == 0)
    try shell("chmod 0444 '\(db)' && chmod 0555 '\(folder)'")
    defer { try? shell("chmod 0755 '\(folder)'") }
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    let nobody = ["/usr/bin/setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups"]
    let listed = try CLI.run(["db", "list", "--db", db], launcher: nobody)
    #expect(listed.status == 0 && listed.out.contains("1"), "\(listed)")
    let ranked = try CLI.run(["rank", "--db", db], launcher: nobody)
    #expect(ranked.status == 0, "\(ranked)")
    // A write command says why it cannot, rather than crashing.
    let removed = try CLI.run(["db", "remove", "1", "--db", db], launcher: nobody)
    #expect(removed.status == 65, "\(removed)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["db.sqlite"])
  }

  // MARK: - Small ones

  @Test func exportAllIntoAFileIsACannotCreateError() throws {
    let directory = try TemporaryDirectory()
    let db = directory.path("db.sqlite")
    #expect(try CLI.run(["db", "add", Self.seed, "--db", db]).status == 0)
    let file = try directory.write("file.txt", "keep\n")
    let result = try CLI.run(["db", "export", "--all", "--out", file, "--db", db], environment: CLI.english)
    #expect(result.status == 73, "\(result)")
    #expect(result.err.contains(file) && result.err.contains("needs a folder") && !result.err.contains("NSCocoaErrorDomain"), "\(result)")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep\n")
    let exported = try CLI.run(["db", "export", "--all", "--out", directory.path("out/nested"), "--db", db])
    #expect(exported.status == 0, "\(exported)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path("out/nested")) == ["1.json"])
  }

  @Test func commandGroupsListTheirCommands() throws {
    for (arguments, expected) in [
      (["db", "--help"], ["db add", "db list", "db show", "db export", "db remove"]), (["help", "db"], ["db add", "db remove"]),
      (["model", "--help"], ["model show"]),
    ] {
      let result = try CLI.run(arguments)
      #expect(result.status == 0 && !result.out.contains("unknown command"), "\(arguments): \(result)")
      for name in expected { #expect(result.out.contains(name), "\(arguments): \(name)") }
    }
    let bare = try CLI.run(["db"])
    #expect(bare.status == 64 && bare.err.contains("db list"), "\(bare)")
    let unknown = try CLI.run(["db", "frob"])
    #expect(unknown.status == 64 && unknown.err.contains("okänt kommando 'db frob'") && unknown.err.contains("db list"), "\(unknown)")
  }

  @Test func percentagesArePlainDecimals() throws {
    for text in ["0x10", "1e1", "inf", "nan", "-5", "+5", " 5", "5.", ".5", "1.2.3", "1,2.3", ""] {
      let result = try CLI.run(["evaluate", Self.seed, "--drop-off", text, "--lang", "en"])
      #expect(result.status == 64 && result.err.contains("expected a percentage"), "'\(text)': \(result)")
    }
    let comma = try CLI.run(["evaluate", Self.seed, "--drop-off", "12,5", "--format", "json"])
    let point = try CLI.run(["evaluate", Self.seed, "--drop-off", "12.5", "--format", "json"])
    #expect(comma.status == 0 && comma.out == point.out, "\(comma)")
  }

  @Test func modelWithZeroSalaryIsRefused() throws {
    let directory = try TemporaryDirectory()
    let text = try String(contentsOfFile: CLI.modelsDirectory + "/se-2025.json", encoding: .utf8)
    let key = try #require(text.range(of: "\"averageMonthlySalary\""))
    let value = try #require(text.range(of: "\"value\":", range: key.upperBound..<text.endIndex))
    let end = try #require(text.range(of: ",", range: value.upperBound..<text.endIndex))
    let model = try directory.write("se-2025.json", text.replacingCharacters(in: value.upperBound..<end.lowerBound, with: " 0"))
    let result = try CLI.run(["evaluate", Self.seed, "--model", model, "--lang", "en"])
    #expect(result.status == 65, "\(result)")
    #expect(result.err.contains("$.labour.averageMonthlySalary.value: must be greater than 0"), "\(result)")
    let swedish = try CLI.run(["evaluate", Self.seed, "--model", model])
    #expect(
      swedish.err.contains("fel: \(model):") && swedish.err.contains("$.labour.averageMonthlySalary.value: måste vara större än 0"), "\(swedish)")
  }
}

extension TemporaryDirectory {
  /// The names in the directory, sorted.
  func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
}
