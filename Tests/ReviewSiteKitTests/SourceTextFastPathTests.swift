import XCTest

@testable import ReviewSiteCore
@testable import ReviewSiteSyntax

/// SourceText's memchr and word-at-a-time paths (issue 16) find the lines and columns the
/// byte loop found, with any line endings and any text.
final class SourceTextFastPathTests: XCTestCase {
    /// Line starts and ends as the byte loop found them (cmark's \n, \r and \r\n).
    private func reference(_ text: String) -> (starts: [Int], ends: [Int]) {
        let bytes = Array(text.utf8)
        var starts = [0], ends: [Int] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A || bytes[i] == 0x0D {
                ends.append(i)
                if bytes[i] == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        ends.append(bytes.count)
        return (starts, ends)
    }

    func testLinesAndColumnsMatchTheByteLoop() {
        let pieces = ["a", "Tamsin ", "\n", "\r", "\r\n", "é", "—", "12345678", "x\u{301}", "\n\n", " "]
        var state: UInt64 = 11
        var samples = ["", "\n", "abc", "abcdefgh", "abcdefghi\n", "é", "\r\n"]
        for _ in 0..<1500 {
            var s = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<Int(state >> 58) {
                state = state &* 6_364_136_223_846_793_005 &+ 1
                s += pieces[Int(state >> 33) % pieces.count]
            }
            samples.append(s)
        }
        for s in samples {
            var source = SourceText(s)
            let (starts, ends) = reference(s)
            XCTAssertEqual(source.lineStarts, starts, s.debugDescription)
            XCTAssertEqual(source.lineEnds, ends, s.debugDescription)
            // Columns count scalars: byte column 5 of each line in scalars, as the slow path counts.
            for line in 1...source.lineCount {
                let bytes = source.lineBytes(line)
                for byteColumn in [1, 2, 5, bytes.count + 1] where byteColumn <= bytes.count + 1 {
                    let prefix = bytes.prefix(byteColumn - 1)
                    let scalars = prefix.filter { $0 & 0xC0 != 0x80 }.count
                    XCTAssertEqual(source.column(line: line, byteColumn: byteColumn), scalars + 1, s.debugDescription)
                }
            }
        }
    }

    func testDecodingFindsNulAndCarriageReturns() {
        XCTAssertEqual(try TextDecoding.decode(Array("a\r\nb\rc".utf8)).get(), "a\nb\nc")
        XCTAssertEqual(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("x\r".utf8)).get(), "x\n")
        XCTAssertEqual(TextDecoding.decode(Array("ab\ncd".utf8) + [0] + Array("e".utf8)), .failure(.binary(line: 2, column: 3)))
        XCTAssertEqual(try TextDecoding.decode([]).get(), "")
        XCTAssertEqual(try TextDecoding.decode([0xEF, 0xBB, 0xBF]).get(), "")
    }
}
