// The C library calls of the preview server (sockets, signals), beside Platform.swift. Linux (Glibc) is built and
// tested; the Darwin branches follow the same POSIX calls for macOS but are not tested here.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Set by the SIGINT/SIGTERM handler; read by the accept loop.
nonisolated(unsafe) private var interruptFlag: sig_atomic_t = 0

package extension Platform {
    /// A TCP socket listening on 127.0.0.1 (this computer only). Port 0 picks a free port;
    /// the port actually used is returned.
    static func listen(port: Int) throws(ToolFailure) -> (socket: Int32, port: Int) {
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ToolFailure("cannot open a network socket (\(errorText(errno)))") }
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        #if canImport(Darwin)
            address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7f00_0001).bigEndian  // 127.0.0.1
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if bound != 0 {
            let error = errno
            _ = close(fd)
            if error == EADDRINUSE {
                throw ToolFailure(
                    "port \(port) is already in use (is another 'reviewsite serve' running?); "
                        + "stop it or choose another port with --port, for example --port \(port + 1)")
            }
            if error == EACCES {
                throw ToolFailure("port \(port) needs administrator rights; use a port above 1023, such as --port 8000")
            }
            throw ToolFailure("cannot listen on 127.0.0.1:\(port) (\(errorText(error)))")
        }
        guard listenSocket(fd, 64) == 0 else {
            let error = errno
            _ = close(fd)
            throw ToolFailure("cannot listen on 127.0.0.1:\(port) (\(errorText(error)))")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return (fd, Int(UInt16(bigEndian: actual.sin_port)))
    }

    private static func listenSocket(_ fd: Int32, _ backlog: Int32) -> Int32 {
        #if canImport(Glibc)
            return Glibc.listen(fd, backlog)
        #else
            return Darwin.listen(fd, backlog)
        #endif
    }

    /// Waits up to `milliseconds` for a connection; nil when none came (or on interrupt).
    static func accept(_ fd: Int32, milliseconds: Int32) -> Int32? {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, milliseconds) > 0 else { return nil }
        #if canImport(Glibc)
            let client = Glibc.accept(fd, nil, nil)
        #else
            let client = Darwin.accept(fd, nil, nil)
        #endif
        guard client >= 0 else { return nil }
        // A client that stops sending or reading cannot hold a thread for ever.
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        _ = setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        _ = setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
            var one: Int32 = 1
            _ = setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        return client
    }

    /// Up to `count` bytes; empty at the end of the stream or on error.
    static func receive(_ fd: Int32, count: Int) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, count, 0) }
        return n > 0 ? Array(buffer[0..<n]) : []
    }

    /// Sends everything; false if the client went away.
    static func send(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
                let flags = Int32(MSG_NOSIGNAL)
            #else
                let flags: Int32 = 0
            #endif
            let n = bytes.withUnsafeBytes { sendBytes(fd, $0.baseAddress! + offset, bytes.count - offset, flags) }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    private static func sendBytes(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int, _ flags: Int32) -> Int {
        #if canImport(Glibc)
            return Glibc.send(fd, p, n, flags)
        #else
            return Darwin.send(fd, p, n, flags)
        #endif
    }

    /// Whether a file descriptor (1 standard output, 2 standard error) is a terminal.
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static func closeSocket(_ fd: Int32) { _ = close(fd) }

    /// Ctrl-C (SIGINT) and SIGTERM set a flag instead of ending the process, so the server
    /// can stop cleanly; a broken connection (SIGPIPE) is ignored.
    static func catchInterrupts() {
        interruptFlag = 0
        _ = signal(SIGINT) { _ in interruptFlag = 1 }
        _ = signal(SIGTERM) { _ in interruptFlag = 1 }
        _ = signal(SIGPIPE, SIG_IGN)
    }

    static var interrupted: Bool { interruptFlag != 0 }

    static func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }
}
