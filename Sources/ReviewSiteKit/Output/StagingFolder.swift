import Foundation
import ReviewSiteAnonymisation
import ReviewSiteCore
import ReviewSiteSyntax

/// A fresh folder beside the output folder that a build writes into. Only when the whole
/// site is written and checked is it swapped in, so a failed build leaves the previous
/// output exactly as it was (docs/output.md).
struct StagingFolder: Sendable {
    let url: URL
    let output: OutputFolder

    init(for output: OutputFolder) throws(ToolFailure) {
        self.output = output
        let parent = output.url.deletingLastPathComponent()
        let name = ".\(output.url.lastPathComponent).reviewsite-staging-\(getpid())"
        url = parent.appendingPathComponent(name)
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            if fm.fileExists(atPath: url.path) { try fm.removeItem(at: url) }  // our own leftover
            try fm.createDirectory(at: url, withIntermediateDirectories: false)
        } catch {
            throw ToolFailure(
                "cannot create a folder beside \(output.display) to build into (\(StagingFolder.reason(error))); "
                    + "check that the folder is writable and the disk is not full")
        }
    }

    /// Writes one output file (`reviews/jo/index.html`). Safe to call from several threads
    /// for different files.
    func write(_ relative: String, _ text: String) throws(ToolFailure) {
        var text = text
        try write(relative) { fd in text.withUTF8 { Platform.writeAll(fd, $0) } }
    }

    /// Writes one output file from the pieces `pieces` hands out, a megabyte at a time, so
    /// the whole text is never held (`reviews.json`, issue 16).
    func write(_ relative: String, pieces: RenderStage.Rendered.Pieces) throws(ToolFailure) {
        try write(relative) { fd in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 20)
            var error: Int32?
            func flush() {
                if error == nil { error = buffer.withUnsafeBufferPointer { Platform.writeAll(fd, $0) } }
                buffer.removeAll(keepingCapacity: true)
            }
            pieces { piece in
                buffer += piece
                if buffer.count >= 1 << 20 { flush() }
            }
            flush()
            return error
        }
    }

    /// Creates the file's folder, opens the file and lets `body` write it; `body` returns an
    /// `errno` on failure.
    private func write(_ relative: String, _ body: (Int32) -> Int32?) throws(ToolFailure) {
        let target = url.appendingPathComponent(relative)
        func failure(_ reason: String) -> ToolFailure {
            ToolFailure(
                "cannot write \(output.display)/\(relative) (\(reason)); "
                    + "check the disk has space and the folder is writable; the previous site is unchanged")
        }
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw failure(StagingFolder.reason(error))
        }
        // Plain open/write/close: Foundation's Data.write also syncs every file to disk, a
        // flush per page that static site generators do not need (Hugo does not either).
        let fd = open(target.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(String(cString: strerror(errno))) }
        defer { close(fd) }
        if let error = body(fd) { throw failure(String(cString: strerror(error))) }
    }

    /// The text of a file written by `write`, byte for byte.
    func read(_ relative: String) throws(ToolFailure) -> String {
        guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(relative).path) else {
            throw ToolFailure(
                "cannot read back \(output.display)/\(relative) from the folder it was just written to; "
                    + "check the disk and build again; the previous site is unchanged")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Records what this build created, then swaps the new site in for the old one.
    func commit(files: [String]) throws(ToolFailure) {
        try write(OutputFolder.manifestName, "reviewsite-manifest 1\n" + files.sorted().joined(separator: "\n") + "\n")
        let fm = FileManager.default
        let target = output.url
        let old = target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).reviewsite-old-\(getpid())")
        let hadOld = fm.fileExists(atPath: target.path)
        do {
            if hadOld { try fm.moveItem(at: target, to: old) }
        } catch {
            discard()
            throw ToolFailure("cannot replace \(output.display) (\(StagingFolder.reason(error))); the previous site is unchanged")
        }
        do {
            try fm.moveItem(at: url, to: target)
        } catch {
            if hadOld { try? fm.moveItem(at: old, to: target) }
            discard()
            throw ToolFailure("cannot replace \(output.display) (\(StagingFolder.reason(error))); the previous site is unchanged")
        }
        // The old folder held only files an earlier build made (checked before the build).
        if hadOld { try? fm.removeItem(at: old) }
    }

    /// Removes the half-built site after a failure; it only ever holds what this build wrote.
    func discard() {
        try? FileManager.default.removeItem(at: url)
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        switch ns.code {
        case NSFileWriteOutOfSpaceError: return "the disk is full"
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
        default: return "the file system refused"
        }
    }
}
