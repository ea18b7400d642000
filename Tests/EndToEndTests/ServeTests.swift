import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `reviewsite serve` through the binary, on loopback only, every request with a timeout.
final class ServeTests: XCTestCase {
    /// A running `reviewsite serve`, stopped with SIGINT at the end.
    final class Server {
        let process = Process()
        let out: URL, err: URL
        var port = 0

        init(_ args: [String], in directory: URL) throws {
            out = directory.appendingPathComponent("serve-out.txt")
            err = directory.appendingPathComponent("serve-err.txt")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            process.executableURL = BinaryRunner.binary
            process.arguments = ["serve"] + args
            process.currentDirectoryURL = directory
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"]
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            try process.run()
        }

        var stdout: String { (try? String(contentsOf: out, encoding: .utf8)) ?? "" }
        var stderr: String { (try? String(contentsOf: err, encoding: .utf8)) ?? "" }

        /// Waits for the "Serving … at http://127.0.0.1:PORT/" line.
        func waitUntilServing() throws {
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, process.isRunning {
                if let range = stdout.range(of: "http://127.0.0.1:") {
                    port = Int(stdout[range.upperBound...].prefix { $0.isNumber }) ?? 0
                    if port > 0 { return }
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
            throw NSError(
                domain: "serve", code: 1,
                userInfo: [NSLocalizedDescriptionKey: "the server did not start: \(stdout) \(stderr)"])
        }

        /// Sends SIGINT and waits (at most 10 s) for the exit status.
        func stop() -> Int32? {
            guard process.isRunning else { return process.terminationStatus }
            process.interrupt()
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { process.terminate(); return nil }
            return process.terminationStatus
        }

        deinit { if process.isRunning { process.terminate() } }
    }

    struct HTTPResponse {
        var status: Int
        var head: String
        var body: String
    }

    /// One raw HTTP/1.1 request to 127.0.0.1:port (raw, so paths such as /../ are sent as written).
    static func request(_ port: Int, _ target: String, method: String = "GET", host: String? = nil) throws -> HTTPResponse {
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw NSError(domain: "socket", code: Int(errno)) }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7f00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw NSError(domain: "connect", code: Int(errno)) }
        let text = "\(method) \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n"
        _ = text.withCString { send(fd, $0, strlen($0), 0) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 65_536, 0) }
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        let all = String(decoding: data, as: UTF8.self)
        let parts = all.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return HTTPResponse(status: status, head: head, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    func testServesThePreviewWithDraftsAndReloadsAfterAChange() throws {
        let tmp = try TemporaryFolder()
        try copyTree(BinaryRunner.repository.appendingPathComponent("content"), to: tmp.url.appendingPathComponent("content"))
        let server = try Server(["--port", "0", "--drafts", "--date", "2026-11-27"], in: tmp.url)
        try server.waitUntilServing()
        let port = server.port

        let home = try Self.request(port, "/")
        XCTAssertEqual(home.status, 200)
        XCTAssertTrue(home.body.contains("/__reviewsite/reload.js"), "the reload script is added in preview")
        let head = try Self.request(port, "/", method: "HEAD")
        XCTAssertEqual(head.status, 200)
        XCTAssertTrue(head.head.contains("Content-Length: \(home.body.utf8.count)"), head.head)
        XCTAssertEqual(head.body, "")
        let draft = try Self.request(port, "/reviews/dhr-river-2025/")
        XCTAssertEqual(draft.status, 200)
        XCTAssertTrue(draft.body.contains("Not published: draft"), "drafts carry a banner")
        let missing = try Self.request(port, "/no-such-page/")
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(missing.body.contains("Page not found"), "the theme's 404 page")
        for bad in ["/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fetc/passwd"] {
            XCTAssertEqual(try Self.request(port, bad).status, 403, bad)
        }
        XCTAssertEqual(try Self.request(port, "/reviews").status, 301)
        XCTAssertEqual(try Self.request(port, "/", host: "evil.example:\(port)").status, 403, "DNS rebinding")
        XCTAssertEqual(try Self.request(port, "/", host: "localhost:\(port)").status, 200)
        XCTAssertEqual(try Self.request(port, "/", method: "POST").status, 405)
        XCTAssertEqual(try Self.request(port, "/assets/site.css").head.contains("text/css"), true)

        // A browser asks for several files at once.
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var statuses: [Int] = []
            func add(_ s: Int) { lock.lock(); statuses.append(s); lock.unlock() }
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 12) { i in
            results.add((try? Self.request(port, i % 2 == 0 ? "/" : "/assets/site.css").status) ?? 0)
        }
        XCTAssertEqual(results.statuses, Array(repeating: 200, count: 12))

        // A change is rebuilt: the version the page polls goes up.
        let before = try Self.request(port, "/__reviewsite/version").body
        let contact = tmp.url.appendingPathComponent("content/contact.md")
        try (String(contentsOf: contact, encoding: .utf8) + "\nOne more line.\n").write(
            to: contact, atomically: true, encoding: .utf8)
        var after = before
        let deadline = Date().addingTimeInterval(30)
        while after == before && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            after = try Self.request(port, "/__reviewsite/version").body
        }
        XCTAssertNotEqual(before, after, "the site was rebuilt after the change")

        // A broken file shows an error page in the browser.
        try "---\ntitle: [\n---\n".write(to: contact, atomically: true, encoding: .utf8)
        var page = try Self.request(port, "/")
        let errorDeadline = Date().addingTimeInterval(30)
        while page.status != 500 && Date() < errorDeadline {
            Thread.sleep(forTimeInterval: 0.2)
            page = try Self.request(port, "/")
        }
        XCTAssertEqual(page.status, 500)
        XCTAssertTrue(page.body.contains("The site could not be built"))
        XCTAssertTrue(page.body.contains("content/contact.md"))

        XCTAssertEqual(server.stop(), 0, "Ctrl-C stops it cleanly")
        XCTAssertTrue(server.stdout.contains("Stopped the preview server"), server.stdout)
        XCTAssertFalse(server.stderr.contains("Fatal"), server.stderr)
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("output").path),
            "the preview never writes output/")
    }

    func testAPortInUseIsAClearError() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("content/site.yml", "title: T\nbase_url: https://example.org/\n")
        let first = try Server(["--port", "0"], in: tmp.url)
        try first.waitUntilServing()
        let second = try BinaryRunner.run(["serve", "--port", String(first.port)], in: tmp.url)
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("port \(first.port) is already in use"), second.stderr)
        XCTAssertEqual(first.stop(), 0)
        let bad = try BinaryRunner.run(["serve", "--port", "70000"], in: tmp.url)
        XCTAssertEqual(bad.status, 64)
    }
}
