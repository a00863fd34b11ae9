import Foundation

/// What is at a database path, looked at before anything opens it.
///
/// Only a regular file (directly or through symbolic links) or a new path can be a database:
/// SQLite would happily "open" a character device, and writing a `-journal` or `-wal` beside
/// `/dev/null` or a FIFO is exactly what must never happen. Reading the header of a FIFO would
/// also block forever.
enum DatabasePathKind: Equatable {
  case missing
  case regularFile
  /// Anything else.
  case refused(PathRefusal)

  static func of(_ path: String) -> DatabasePathKind {
    var info = stat()
    if stat(path, &info) == 0 { return kind(of: info.st_mode) }
    let problem = errno
    var linkInfo = stat()
    if lstat(path, &linkInfo) == 0 && (linkInfo.st_mode & S_IFMT) == S_IFLNK {
      return .refused(.brokenLink)
    }
    if problem == ENOENT { return .missing }
    return .refused(.unexaminable(String(cString: strerror(problem))))
  }

  static func kind(of mode: mode_t) -> DatabasePathKind {
    switch mode & S_IFMT {
    case S_IFREG: return .regularFile
    case S_IFDIR: return .refused(.directory)
    case S_IFCHR: return .refused(.characterDevice)
    case S_IFBLK: return .refused(.blockDevice)
    case S_IFIFO: return .refused(.fifo)
    case S_IFSOCK: return .refused(.socket)
    default: return .refused(.special)
    }
  }
}
