import Foundation
import XCTest

/// Runs the built `reviewsite` binary as a user would, capturing its output and exit code.
struct BinaryRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root, found from this file's location.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's default theme, for tests that build a site of their own.
    static var theme: String { repository.appendingPathComponent("themes/default").path }

    /// The binary sits next to the test bundle in the build folder.
    static var binary: URL {
        var folder = Bundle.main.bundleURL
        for candidate in [folder] + Bundle.allBundles.map(\.bundleURL) {
            folder = candidate.pathExtension == "xctest" ? candidate.deletingLastPathComponent() : candidate
            let url = folder.appendingPathComponent("reviewsite")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("reviewsite")
    }

    /// Runs `reviewsite args…` in `directory` with a fixed environment (no SOURCE_DATE_EPOCH
    /// unless given) so results do not depend on the caller's shell.
    static func run(_ args: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        process.currentDirectoryURL = directory
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"]
        if let home = ProcessInfo.processInfo.environment["HOME"] { env["HOME"] = home }
        env.merge(environment) { $1 }
        process.environment = env
        // Output goes to files, not pipes, so a large output can never block the child.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("reviewsite-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A scratch folder removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("reviewsite-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Copies the repository's sample content and theme in, for tests that change them.
    func copySampleSite() throws {
        try copyTree(BinaryRunner.repository.appendingPathComponent("content"), to: url.appendingPathComponent("content"))
        try copyTree(BinaryRunner.repository.appendingPathComponent("themes"), to: url.appendingPathComponent("themes"))
    }

    /// Writes `text` at a relative path, creating folders.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }
}

/// Every regular file under `root`, as relative path → bytes.
func snapshot(_ root: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    let base = root.standardizedFileURL.path
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
        return out
    }
    for case let url as URL in walker {
        guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
        let path = url.standardizedFileURL.path
        out[String(path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
    }
    return out
}

/// Copies a folder tree (for tests that must not change the repository's own content).
func copyTree(_ from: URL, to: URL) throws {
    try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: from, to: to)
}
