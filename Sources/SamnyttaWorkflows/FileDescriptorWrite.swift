import Foundation
import SamnyttaReports

/// `write(2)` until every byte is written: a partial write continues where it stopped and an
/// interrupted one (`EINTR`) is retried. Returns `nil` when all was written, else the `errno`
/// of the failure (`EPIPE`, `ENOSPC`, `EIO`, …). Never traps, unlike `FileHandle.write`.
public func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Int32? {
  let array = Array(bytes)
  return array.withUnsafeBytes { buffer -> Int32? in
    guard let base = buffer.baseAddress else { return nil }
    var offset = 0
    while offset < buffer.count {
      let written = write(descriptor, base + offset, buffer.count - offset)
      if written > 0 {
        offset += written
      } else if written < 0 && errno == EINTR {
        continue
      } else {
        // 0 bytes for a non-empty write would loop forever: report it as an I/O error.
        return written < 0 ? errno : EIO
      }
    }
    return nil
  }
}

/// The text of an `errno` value ("No space left on device").
public func errnoText(_ code: Int32) -> String { String(cString: strerror(code)) }

extension SystemReason {
  /// The reason an `errno` value gives: the common ones in words of each language, any other in
  /// the system's text.
  public init(errno code: Int32) {
    switch code {
    case ENOENT: self = .noSuchFileOrFolder
    case EACCES, EPERM: self = .permissionDenied
    case EISDIR: self = .isDirectory
    case ENOTDIR: self = .notDirectory
    case ENOSPC: self = .noSpace
    case EROFS: self = .readOnlyFileSystem
    case EEXIST: self = .exists
    case ELOOP: self = .tooManyLinks
    case ENAMETOOLONG: self = .nameTooLong
    default: self = .other(errnoText(code))
    }
  }
}
