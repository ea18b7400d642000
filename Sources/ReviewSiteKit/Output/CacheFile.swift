import Foundation
import ReviewSiteCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file of `.reviewsite/` (the build cache, the check cache) written a piece at a time: the
/// pieces go through a small buffer into a temporary file beside it, which is renamed over the
/// file only once every piece is written. Built as one string or `Data` first, the check cache
/// of 10,000 reviews was tens of megabytes at the very end of a build (issue 16). A reader
/// sees the old file or the whole new one, never part of one, as with `Data.write(.atomic)`.
struct CacheFile {
    /// Why a write stopped: the file is left as it was.
    struct Stop: Error {}

    /// Where the pieces go; `write` sends them on to the temporary file.
    struct Writer {
        fileprivate let fd: Int32
        fileprivate var buffer: [UInt8] = []
        fileprivate var failed = false
        fileprivate static let bufferSize = 1 << 16

        fileprivate init(fd: Int32) {
            self.fd = fd
            buffer.reserveCapacity(Self.bufferSize)
        }

        mutating func write(_ text: String) {
            write(bytes: text.utf8)
        }

        mutating func write(_ data: Data) {
            write(bytes: data)
        }

        mutating func write(bytes: some Sequence<UInt8>) {
            buffer.append(contentsOf: bytes)
            if buffer.count >= Self.bufferSize { flush() }
        }

        fileprivate mutating func flush() {
            guard !failed, !buffer.isEmpty else {
                buffer.removeAll(keepingCapacity: true)
                return
            }
            failed = buffer.withUnsafeBufferPointer { Platform.writeAll(fd, $0) } != nil
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Writes the file at `url` with what `body` gives, creating its folder if needed. When
    /// `body` throws, or anything cannot be written, the file is left as it was (missing, or
    /// the last complete one) and false is returned. Failing to write a cache only costs time.
    @discardableResult
    static func write(to url: URL, _ body: (inout Writer) throws -> Void) -> Bool {
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return false }
        var writer = Writer(fd: fd)
        var complete = true
        do {
            try body(&writer)
        } catch {
            complete = false
        }
        writer.flush()
        complete = complete && !writer.failed
        let closed = close(fd) == 0
        guard complete, closed, rename(temporary, url.path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
