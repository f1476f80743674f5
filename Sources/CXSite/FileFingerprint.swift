#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a file: enough to tell, without reading it, that it has not
/// changed since the last look.
///
/// Size and modification time alone can be set back (`touch -d`, `rsync -t`); the
/// status-change time cannot, and it moves on every write, so a file whose fingerprint
/// is equal has not been written to. The device and inode catch a file replaced by
/// rename (how editors and `git checkout` save).
public struct FileFingerprint: Hashable, Sendable {
    public var size: Int64
    /// Nanoseconds since 1970.
    public var modified: Int64
    /// Nanoseconds since 1970 of the last status change (write, rename, chmod).
    public var changed: Int64
    public var device: UInt64
    public var inode: UInt64
    public var isDirectory: Bool

    /// nil when there is nothing at `path` (or it cannot be examined). Follows symlinks.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
    }
}
