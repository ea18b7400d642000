import Foundation
import XCTest

@testable import ReviewSiteCore
@testable import ReviewSiteKit

/// The no-change rebuild's own walk, file hash and cache reader (issue 16) must answer as the
/// Foundation and String calls they replace.
final class BuildCacheFingerprintTests: XCTestCase {
    private func enumerated(_ path: String) -> [String] {
        var out: [String] = []
        if let walker = FileManager.default.enumerator(atPath: path) {
            while let relative = walker.nextObject() as? String { out.append(relative) }
        }
        return out
    }

    func testFileTreeListsWhatTheEnumeratorLists() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("filetree-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        for folder in ["a/b/c", "a/.hidden", "d e", "é"] {
            try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["top.md", "a/b/c/deep.html", "a/.hidden/x", "d e/f g.txt", "é/ü.md", ".dot"] {
            try Data(file.utf8).write(to: root.appendingPathComponent(file))
        }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("link").path, withDestinationPath: "a")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("a/dangling").path, withDestinationPath: "nowhere")
        for path in [root.path, root.path + "/", root.appendingPathComponent("a").path] {
            XCTAssertEqual(FileTree.entries(under: path), enumerated(path), path)
        }
        XCTAssertEqual(FileTree.entries(under: root.path).count, 14)
        // A root that is a link, a file or missing lists nothing, as the enumerator does.
        for path in ["link", "top.md", "missing"].map({ root.appendingPathComponent($0).path }) {
            XCTAssertEqual(FileTree.entries(under: path), [], path)
            XCTAssertEqual(enumerated(path), [], path)
        }
        var visited: [String] = []
        FileTree.walk(under: root.path) {
            visited.append($0)
            return visited.count < 3
        }
        XCTAssertEqual(visited, Array(enumerated(root.path).prefix(3)), "the walk stops when asked")
    }

    func testFileHashNoticesEveryByteAndLength() {
        var seen = Set<UInt64>()
        for count in 0..<80 {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let hash = bytes.withUnsafeBytes { TextHash.ofFile($0) }
            XCTAssertTrue(seen.insert(hash).inserted, "length \(count)")
            for i in 0..<count {
                var changed = bytes
                changed[i] ^= 0x80
                XCTAssertNotEqual(changed.withUnsafeBytes { TextHash.ofFile($0) }, hash, "byte \(i) of \(count)")
            }
        }
        XCTAssertNotEqual(
            [UInt8](repeating: 0, count: 3).withUnsafeBytes { TextHash.ofFile($0) },
            [UInt8](repeating: 0, count: 4).withUnsafeBytes { TextHash.ofFile($0) })
    }

    func testCacheLinesSplitAsTheStringDid() {
        for text in ["", "\n", "a\nb", "a\r\nb\n", "a\n\nb\r\n\r\n", "x\u{301}\ny", "a\n\u{301}b", "\r\n\n\r", "é\t1\n\u{0}\n"] {
            let lines = BuildCache.lines(Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            XCTAssertEqual(lines, expected, text.debugDescription)
        }
    }

    /// A file is hashed a piece at a time, never read whole (issue 16): the hash is the
    /// one of the whole file, whatever its length against the piece's.
    func testFileHashInPiecesIsTheWholeFilesHash() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("filehash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        var state: UInt64 = 31
        for count in [0, 1, 31, 32, 33, 63, 64, 65, 95, 96, 200, 1000, 4097] {
            let bytes = (0..<count).map { _ -> UInt8 in
                state = state &* 6_364_136_223_846_793_005 &+ 1
                return UInt8(truncatingIfNeeded: state >> 56)
            }
            try Data(bytes).write(to: file)
            let whole = bytes.withUnsafeBytes { TextHash.ofFile($0) }
            for pieceSize in [32, 64, 1 << 20] {
                let found = BuildCache.fileHash(file.path, pieceSize: pieceSize)
                XCTAssertEqual(found?.0, count, "\(count) bytes in pieces of \(pieceSize)")
                XCTAssertEqual(found?.1, whole, "\(count) bytes in pieces of \(pieceSize)")
            }
        }
        XCTAssertNil(BuildCache.fileHash(file.path + "-missing"))
    }
}
