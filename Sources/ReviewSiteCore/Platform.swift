import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few operating-system calls that differ between Linux (Glibc) and macOS (Darwin),
/// kept in this one file. Only Linux is built and tested in CI; the Darwin branches follow
/// the same POSIX calls under their Darwin names.
package enum Platform {
    /// Size, modification time, inode and type of a file: enough to notice a change cheaply.
    package struct FileStatus: Sendable, Equatable {
        package var size: Int64
        package var modifiedSeconds: Int
        package var modifiedNanoseconds: Int
        package var inode: UInt64
        package var mode: UInt32
    }

    /// `stat` (following a symbolic link) or `lstat`; nil when the path does not exist.
    package static func status(of path: String, followLinks: Bool) -> FileStatus? {
        var info = stat()
        guard (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        #if canImport(Darwin)
            let modified = info.st_mtimespec
        #else
            let modified = info.st_mtim
        #endif
        return FileStatus(
            size: Int64(info.st_size), modifiedSeconds: Int(modified.tv_sec),
            modifiedNanoseconds: Int(modified.tv_nsec), inode: UInt64(info.st_ino),
            mode: UInt32(info.st_mode))
    }

    /// The running binary's own file, so a rebuilt tool invalidates what a build cached.
    package static var executablePath: String {
        #if os(Linux)
            return "/proc/self/exe"
        #else
            return Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
    }

    /// Gives the heap's free memory back to the operating system (`malloc_trim(0)` on Glibc;
    /// nothing elsewhere). glibc keeps freed blocks for reuse, so what one pipeline stage let go
    /// still counted in the process's resident memory while the next stage reached its own
    /// peak (issue 16: a build of 10,000 reviews). Called between stages; costs milliseconds.
    package static func releaseFreedMemory() {
        #if canImport(Glibc)
            _ = mallocTrim?(0)
        #endif
    }

    #if canImport(Glibc)
        /// glibc's `malloc_trim`, which Swift's Glibc module does not declare: looked up once
        /// (nil with a C library that lacks it, when trimming is simply skipped).
        private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
            guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        }()
    #endif

    /// Writes all of `bytes` to a file descriptor, retrying after an interrupted call;
    /// returns the error number of a failed write, or nil.
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var done = 0
        while done < bytes.count {
            #if canImport(Glibc)
                let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            #else
                let n = Darwin.write(fd, bytes.baseAddress! + done, bytes.count - done)
            #endif
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += n
        }
        return nil
    }
}
