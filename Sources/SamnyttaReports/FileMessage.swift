import SamnyttaFormats

/// Why a file a command names cannot be read (exit 66) or written (exit 73), in Swedish and
/// English. The readers and writers in SamnyttaWorkflows name the fault; a reason the system
/// gives is a ``SystemReason``. `FileMessageTests` checks that every message exists in both languages.
public enum FileMessage: Sendable, Hashable {
  case noSuchFile
  case isDirectory
  case cannotBeRead(SystemReason?)
  /// A read-only command found no database; it never creates one.
  case noDatabase
  // Writing `--out PATH`.
  case folderMissing(String)
  case cannotCreateIn(folder: String, SystemReason)
  case cannotExamine(String, SystemReason)
  /// The path is not a regular file (`linkedFrom` nil), or links to `target`, which is not one.
  case notRegularFile(FileKind, linksTo: String?)
  case linkUnreadable(String)
  case tooManyLinks
  case system(SystemReason)
  // `db export --all --out DIR`.
  case exportNeedsFolder
  case cannotCreateFolder
  /// The words between a file and the reason it cannot be written.
  case cannotWrite

  /// One of each message, for the test that every message exists in both languages.
  public static let examples: [FileMessage] = [
    .noSuchFile, .isDirectory, .cannotBeRead(.permissionDenied), .noDatabase, .folderMissing("ut"),
    .cannotCreateIn(folder: "ut", .readOnlyFileSystem),
    .cannotExamine("ut/a.json", .permissionDenied), .notRegularFile(.fifo, linksTo: "ut/b"), .linkUnreadable("ut/a.json"), .tooManyLinks,
    .system(.noSpace), .exportNeedsFolder, .cannotCreateFolder, .cannotWrite,
  ]

  public func text(_ l: Language) -> String {
    let sv = l == .sv
    switch self {
    case .noSuchFile: return sv ? "filen finns inte" : "no such file"
    case .isDirectory: return sv ? "är en mapp, inte en fil" : "is a directory, not a file"
    case .cannotBeRead(let r): return (sv ? "kan inte läsas" : "cannot be read") + (r.map { ": \($0.text(l))" } ?? "")
    case .noDatabase:
      return sv
        ? "ingen utvärderingsdatabas finns här (ett läsande kommando skapar aldrig någon; `samnytta db add` gör det)"
        : "no such evaluation database (a read-only command never creates one; `samnytta db add` does)"
    case .folderMissing(let f): return sv ? "mappen \(f) finns inte" : "the folder \(f) does not exist"
    case .cannotCreateIn(let f, let r): return sv ? "kan inte skapa en fil i \(f): \(r.text(l))" : "cannot create a file in \(f): \(r.text(l))"
    case .cannotExamine(let p, let r): return sv ? "\(p) kan inte undersökas: \(r.text(l))" : "\(p) cannot be examined: \(r.text(l))"
    case .notRegularFile(let kind, let target?):
      return sv
        ? "den länkar till \(target), som är \(kind.text(l)), inte en vanlig fil"
        : "it links to \(target), which is \(kind.text(l)), not a regular file"
    case .notRegularFile(let kind, nil): return sv ? "den är \(kind.text(l)), inte en vanlig fil" : "it is \(kind.text(l)), not a regular file"
    case .linkUnreadable(let p): return sv ? "den symboliska länken \(p) kan inte läsas" : "the symbolic link \(p) cannot be read"
    case .tooManyLinks: return sv ? "för många nivåer av symboliska länkar" : "too many levels of symbolic links"
    case .system(let r): return r.text(l)
    case .exportNeedsFolder:
      return sv
        ? "`db export --all --out DIR` behöver en mapp, och detta är ingen" : "`db export --all --out DIR` needs a folder, and this is not one"
    case .cannotCreateFolder: return sv ? "mappen (eller en av dess föräldrar) kan inte skapas" : "cannot create the folder (or one of its parents)"
    case .cannotWrite: return sv ? "kan inte skriva" : "cannot write"
    }
  }
}

/// What is at a path that is not a regular file, as messages name it.
public enum FileKind: Sendable, Hashable, CaseIterable {
  case directory, characterDevice, blockDevice, fifo, socket, special

  public func text(_ l: Language) -> String {
    let sv = l == .sv
    switch self {
    case .directory: return sv ? "en mapp" : "a directory"
    case .characterDevice: return sv ? "en teckenenhet" : "a character device"
    case .blockDevice: return sv ? "en blockenhet" : "a block device"
    case .fifo: return sv ? "en FIFO (namngiven rörledning)" : "a FIFO (named pipe)"
    case .socket: return sv ? "en socket" : "a socket"
    case .special: return sv ? "en specialfil" : "a special file"
    }
  }
}

/// A reason the system gives (`errno`): the common ones in words of each language, any other in
/// the system's own text (`strerror`, English), which is all there is for it.
public enum SystemReason: Sendable, Hashable {
  case noSuchFileOrFolder, permissionDenied, isDirectory, notDirectory, noSpace, readOnlyFileSystem, exists, tooManyLinks, nameTooLong
  case other(String)

  /// One of each reason, for the test that every reason exists in both languages.
  public static let examples: [SystemReason] = [
    .noSuchFileOrFolder, .permissionDenied, .isDirectory, .notDirectory, .noSpace, .readOnlyFileSystem, .exists, .tooManyLinks, .nameTooLong,
  ]

  public func text(_ l: Language) -> String {
    let sv = l == .sv
    switch self {
    case .noSuchFileOrFolder: return sv ? "filen eller mappen finns inte" : "no such file or directory"
    case .permissionDenied: return sv ? "behörighet saknas" : "permission denied"
    case .isDirectory: return sv ? "är en mapp" : "is a directory"
    case .notDirectory: return sv ? "en del av sökvägen är ingen mapp" : "a part of the path is not a directory"
    case .noSpace: return sv ? "det finns inget utrymme kvar på enheten" : "no space left on device"
    case .readOnlyFileSystem: return sv ? "filsystemet är skrivskyddat" : "read-only file system"
    case .exists: return sv ? "filen finns redan" : "the file exists"
    case .tooManyLinks: return sv ? "för många nivåer av symboliska länkar" : "too many levels of symbolic links"
    case .nameTooLong: return sv ? "namnet är för långt" : "file name too long"
    case .other(let text): return text
    }
  }
}
