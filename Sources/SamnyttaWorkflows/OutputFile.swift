import Foundation
import SamnyttaFormats
import SamnyttaReports

/// Writing a file a command names (`--out PATH`, `db export --all --out DIR`), atomically and
/// only where a file belongs.
///
/// The bytes go to a new file beside the target, which is then renamed over it, so a reader (or
/// a crash) sees the old file or the new one, never half of one. That is right for a regular file
/// or a new path, and wrong for anything else: renaming over a device, FIFO or socket would
/// replace it, and writing into it is not what `--out` means. So those, and directories, are
/// refused (exit 73). A symbolic link is followed to its final target, which is replaced beside
/// itself, so the link stays a link.
public enum OutputFile {
  public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(CannotCreateError) {
    let target = try resolve(path)
    let directory = (target.path as NSString).deletingLastPathComponent
    let folder = directory.isEmpty ? "." : directory
    let name = (target.path as NSString).lastPathComponent
    let temporary = (folder as NSString).appendingPathComponent(".\(name).samnytta-\(UUID().uuidString)")
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      let code = errno
      if code == ENOENT { throw failure(path, .folderMissing(folder)) }
      throw failure(path, .cannotCreateIn(folder: folder, SystemReason(errno: code)))
    }
    var problem: Int32? = nil
    if let mode = target.existingMode, fchmod(descriptor, mode) != 0 { problem = errno }
    if problem == nil { problem = writeAll(bytes, to: descriptor) }
    if problem == nil && fsync(descriptor) != 0 { problem = errno }
    if close(descriptor) != 0 && problem == nil { problem = errno }
    if problem == nil && rename(temporary, target.path) != 0 { problem = errno }
    if let problem {
      unlink(temporary)
      throw failure(path, .system(SystemReason(errno: problem)))
    }
  }

  /// The file a write to `path` replaces: `path` itself, or the end of its chain of symbolic
  /// links, with the mode of the file there (nil for a new path).
  static func resolve(_ path: String) throws(CannotCreateError) -> (path: String, existingMode: mode_t?) {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0 else {
        let code = errno
        if code == ENOENT { return (current, nil) }
        throw failure(path, .cannotExamine(current, SystemReason(errno: code)))
      }
      let type = info.st_mode & S_IFMT
      if type == S_IFREG { return (current, info.st_mode & 0o7777) }
      guard type == S_IFLNK else {
        throw failure(path, .notRegularFile(kind(type), linksTo: current == path ? nil : current))
      }
      guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
        throw failure(path, .linkUnreadable(current))
      }
      current =
        destination.hasPrefix("/") ? destination : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
    }
    throw failure(path, .tooManyLinks)
  }

  /// A file type as messages name it.
  static func kind(_ type: mode_t) -> FileKind {
    switch type {
    case S_IFDIR: return .directory
    case S_IFCHR: return .characterDevice
    case S_IFBLK: return .blockDevice
    case S_IFIFO: return .fifo
    case S_IFSOCK: return .socket
    default: return .special
    }
  }

  static func failure(_ path: String, _ reason: FileMessage) -> CannotCreateError {
    CannotCreateError(path: path, reason: reason)
  }
}

/// A file a command was asked to write cannot be written there (the CLI exits 73, EX_CANTCREAT).
public struct CannotCreateError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: FileMessage
  public init(path: String, reason: FileMessage) {
    self.path = path
    self.reason = reason
  }
  /// `out.json: kan inte skriva: …` in `language`.
  public func text(_ language: Language) -> String { "\(path): \(FileMessage.cannotWrite.text(language)): \(reason.text(language))" }
  public var description: String { text(.en) }
}
