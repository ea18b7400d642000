import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// Stops two builds writing the same output folder at once: the second fails clearly instead
/// of interleaving. The lock is a small hidden file beside the output folder that is never
/// deleted (deleting a lock file races with a waiting build); the kernel releases the lock
/// when the process ends, however it ends.
final class OutputLock: Sendable {
    private let descriptor: Int32

    init(for output: OutputFolder) throws(ToolFailure) {
        let parent = output.url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let path = parent.appendingPathComponent(".\(output.url.lastPathComponent).reviewsite-lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ToolFailure(
                "cannot create the lock file beside \(output.display) (\(String(cString: strerror(errno)))); "
                    + "check that the folder is writable")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw ToolFailure(
                "another reviewsite build is writing to \(output.display) right now; "
                    + "wait for it to finish, then build again")
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
