import Foundation

/// "Building the site… 3s" on standard error, for a build that takes over two seconds and
/// only on a terminal; rubbed out when the build ends, so logs and pipes never see it.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var finished = false
    private var shown = false
    private let write: @Sendable (String) -> Void

    private init(write: @escaping @Sendable (String) -> Void) { self.write = write }

    /// Starts the clock; nil when standard error is not a terminal.
    static func start(_ console: CommandLineTool.Console, label: String = "Building the site") -> ProgressLine? {
        guard console.terminalErr else { return nil }
        let line = ProgressLine(write: console.err)
        let started = Date()
        Thread {
            Thread.sleep(forTimeInterval: 2)
            while true {
                line.lock.lock()
                if line.finished { line.lock.unlock(); return }
                line.shown = true
                line.write("\r\u{1B}[K\(label)… \(Int(Date().timeIntervalSince(started)))s")
                line.lock.unlock()
                Thread.sleep(forTimeInterval: 1)
            }
        }.start()
        return line
    }

    func stop() {
        lock.lock()
        finished = true
        if shown { write("\r\u{1B}[K") }
        lock.unlock()
    }
}
