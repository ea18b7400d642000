import Foundation
import ReviewSiteCore

/// `reviewsite serve`: builds the site into a temporary folder, serves it on 127.0.0.1 and
/// rebuilds when a content or theme file changes. Open pages reload themselves through a
/// small script that only the preview adds (it polls /__reviewsite/version).
final class PreviewServer: @unchecked Sendable {
    let options: PipelineOptions
    let root: URL
    let console: CommandLineTool.Console
    private let lock = NSLock()
    private var version = 0
    /// The error page shown instead of the site while the last build failed.
    private var errorPage: String?

    init(options: PipelineOptions, console: CommandLineTool.Console) throws(ToolFailure) {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent(
                "reviewsite-serve-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw ToolFailure("cannot create a temporary folder for the preview (\(error.localizedDescription))")
        }
        var options = options
        options.outputDirectory = scratch.appendingPathComponent("site").path
        self.options = options
        self.root = scratch.appendingPathComponent("site")
        self.console = console
    }

    /// Serves until Ctrl-C. Returns the exit code.
    func run(port: Int) throws(ToolFailure) -> Int32 {
        let scratch = root.deletingLastPathComponent()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.contentDirectory, isDirectory: &isDir), isDir.boolValue else {
            try? FileManager.default.removeItem(at: scratch)
            throw ToolFailure(
                "content folder '\(options.contentDirectory)' not found; run reviewsite in the site's folder "
                    + "or pass --content with the folder that holds site.yml")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let (socket, actualPort) = try Platform.listen(port: port)
        defer { Platform.closeSocket(socket) }
        Platform.catchInterrupts()
        let register = try SitePipeline.loadRegister(options)
        var inputs = BuildCache.inputs(options, register: register)
        rebuild(first: true)
        console.out(
            "Serving a preview of \(options.contentDirectory)/ at http://127.0.0.1:\(actualPort)/"
                + (options.previewDrafts ? " with drafts and embargoed pages" : "")
                + " (this computer only). It rebuilds when a file changes; press Ctrl-C to stop.\n")
        var lastCheck = Date()
        while !Platform.interrupted {
            if let client = Platform.accept(socket, milliseconds: 200) {
                Thread { [self] in self.handle(client) }.start()
            }
            if Date().timeIntervalSince(lastCheck) >= 0.5 {
                lastCheck = Date()
                let now = BuildCache.inputs(options, register: register)
                if now != inputs {
                    inputs = now
                    rebuild(first: false)
                }
            }
        }
        console.out("\nStopped the preview server.\n")
        return CommandLineTool.ExitCode.success
    }

    /// Builds into the temporary folder; prints the findings; keeps the error page for the browser.
    func rebuild(first: Bool) {
        let started = Date()
        var page: String?
        do {
            let report = try SitePipeline.build(options)
            if !report.diagnostics.isEmpty {
                console.err(
                    CommandLineTool.Console.paint(
                        TextReport.render(report.diagnostics, files: report.filesChecked),
                        console.colourErr))
            }
            let summary = TextReport.summary(report.diagnostics, files: report.filesChecked)
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            if report.filesWritten != nil {
                console.out("\(first ? "Built" : "Rebuilt") in \(seconds)s (\(summary)).\n")
            } else {
                console.err("Build failed: \(summary). The browser shows the errors until the next good build.\n")
                page = Self.errorHTML(
                    TextReport.render(
                        report.diagnostics.filter { $0.severity == .error },
                        files: report.filesChecked))
            }
        } catch {
            console.err("reviewsite: error: \(error.message)\n")
            page = Self.errorHTML(error.message)
        }
        lock.lock()
        version += 1
        errorPage = page
        lock.unlock()
    }

    static func errorHTML(_ text: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8"><title>Build failed - reviewsite preview</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body style="font-family:sans-serif;margin:2em;max-width:60em">
        <h1>The site could not be built</h1>
        <p>Fix these errors and save the file: this page reloads by itself.</p>
        <pre style="white-space:pre-wrap;background:#f3f2f1;padding:1em;border-left:5px solid #d4351c">\(Escape.xml(text))</pre>
        </body></html>

        """
    }

    static let reloadScript = """
        (function () {
          var seen = null;
          function poll() {
            fetch("/__reviewsite/version", { cache: "no-store" })
              .then(function (r) { return r.text(); })
              .then(function (v) {
                if (seen !== null && v !== seen) { location.reload(); return; }
                seen = v;
                setTimeout(poll, 1000);
              })
              .catch(function () { setTimeout(poll, 2000); });
          }
          poll();
        })();

        """

    // MARK: HTTP

    struct Response {
        var status: Int
        var reason: String
        var type = "text/plain; charset=utf-8"
        var body: [UInt8]
        var headers: [(String, String)] = []
    }

    func handle(_ client: Int32) {
        defer { Platform.closeSocket(client) }
        var request: [UInt8] = []
        while request.count < 65_536 {
            let chunk = Platform.receive(client, count: 8192)
            if chunk.isEmpty { break }
            request += chunk
            if request.count >= 4, containsHeaderEnd(request) { break }
        }
        guard !request.isEmpty else { return }
        let (method, response) = respond(to: String(decoding: request, as: UTF8.self))
        var head =
            "HTTP/1.1 \(response.status) \(response.reason)\r\nContent-Type: \(response.type)\r\n"
            + "Content-Length: \(response.body.count)\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
            + "Connection: close\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        _ = Platform.send(client, Array(head.utf8) + (method == "HEAD" ? [] : response.body))
    }

    private func containsHeaderEnd(_ bytes: [UInt8]) -> Bool {
        let end: [UInt8] = [13, 10, 13, 10]
        var i = 0
        while i + 4 <= bytes.count {
            if bytes[i] == 13 && Array(bytes[i..<i + 4]) == end { return true }
            i += 1
        }
        return false
    }

    /// The method and the response for one request (the request line and headers as text).
    func respond(to request: String) -> (String, Response) {
        let line = request.split(separator: "\r\n", maxSplits: 1).first.map(String.init) ?? ""
        let parts = line.split(separator: " ")
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else {
            return ("GET", Response(status: 400, reason: "Bad Request", body: Array("Bad request\n".utf8)))
        }
        let method = String(parts[0])
        // Only pages opened on this computer by its own address: a web page elsewhere that
        // points a name of its own at 127.0.0.1 (DNS rebinding) cannot read the drafts.
        let host = request.split(separator: "\r\n").dropFirst()
            .first { $0.lowercased().hasPrefix("host:") }
            .map { $0.dropFirst(5).trimmingCharacters(in: .whitespaces).lowercased() }
        if let host, !Self.isLocal(host) {
            return (
                method,
                Response(
                    status: 403, reason: "Forbidden",
                    body: Array("Forbidden: open the preview at http://127.0.0.1/ on this computer\n".utf8))
            )
        }
        guard method == "GET" || method == "HEAD" else {
            return (
                method,
                Response(
                    status: 405, reason: "Method Not Allowed", body: Array("Only GET and HEAD\n".utf8),
                    headers: [("Allow", "GET, HEAD")])
            )
        }
        return (method, serve(String(parts[1])))
    }

    /// "127.0.0.1:8000", "localhost", "[::1]:8000".
    static func isLocal(_ host: String) -> Bool {
        var name = host
        if name.hasPrefix("[") {
            name = String(name.prefix { $0 != "]" }.dropFirst())
        } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        return name == "127.0.0.1" || name == "localhost" || name == "::1"
    }

    func serve(_ target: String) -> Response {
        var path = target
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        guard path.hasPrefix("/"), let decoded = path.removingPercentEncoding, !decoded.contains("\0"),
            !decoded.contains("\\")
        else {
            return Response(status: 400, reason: "Bad Request", body: Array("Bad request\n".utf8))
        }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains("..") {
            return Response(status: 403, reason: "Forbidden", body: Array("Forbidden: that path is outside the site\n".utf8))
        }
        if decoded == "/__reviewsite/version" {
            lock.lock()
            let v = version
            lock.unlock()
            return Response(status: 200, reason: "OK", body: Array("\(v)".utf8))
        }
        if decoded == "/__reviewsite/reload.js" {
            return Response(
                status: 200, reason: "OK", type: "text/javascript; charset=utf-8", body: Array(Self.reloadScript.utf8))
        }
        lock.lock()
        let failure = errorPage
        lock.unlock()
        let wantsPage = decoded.hasSuffix("/") || decoded.hasSuffix(".html") || !(segments.last?.contains(".") ?? false)
        if let failure, wantsPage {
            return Response(
                status: 500, reason: "Internal Server Error", type: "text/html; charset=utf-8",
                body: Array(Self.withReload(failure).utf8))
        }
        if segments.contains(where: { $0.hasPrefix(".") }) { return notFound() }
        var file = root
        for segment in segments { file.appendPathComponent(String(segment)) }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: file.path, isDirectory: &isDir) else { return notFound() }
        if isDir.boolValue {
            guard decoded.hasSuffix("/") else {
                return Response(status: 301, reason: "Moved Permanently", body: [], headers: [("Location", path + "/")])
            }
            file.appendPathComponent("index.html")
        }
        // Never outside the folder, even through a link.
        let resolved = file.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(root.resolvingSymlinksInPath().path + "/"), let data = fm.contents(atPath: file.path) else {
            return notFound()
        }
        let type = Self.contentType(file.pathExtension)
        if type.hasPrefix("text/html") {
            return Response(
                status: 200, reason: "OK", type: type, body: Array(Self.withReload(String(decoding: data, as: UTF8.self)).utf8))
        }
        return Response(status: 200, reason: "OK", type: type, body: [UInt8](data))
    }

    func notFound() -> Response {
        let page =
            FileManager.default.contents(atPath: root.appendingPathComponent("404.html").path)
            .map { String(decoding: $0, as: UTF8.self) } ?? "<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>"
        return Response(
            status: 404, reason: "Not Found", type: "text/html; charset=utf-8", body: Array(Self.withReload(page).utf8))
    }

    /// The page with the reload script added before </body> (only ever in the preview).
    static func withReload(_ page: String) -> String {
        let tag = "<script src=\"/__reviewsite/reload.js\"></script>"
        guard let end = page.range(of: "</body>", options: .backwards) else { return page + tag }
        var out = page
        out.insert(contentsOf: tag, at: end.lowerBound)
        return out
    }

    static func contentType(_ ext: String) -> String {
        switch ext.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "json": return "application/json"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
