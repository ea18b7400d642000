import TestFixtures
import XCTest

@testable import ReviewSiteAnonymisation
@testable import ReviewSiteCore
@testable import ReviewSiteKit

/// The attachment leak checks, from files made in code that carry a register name in each
/// metadata field and in the text. The name itself must never appear in any message.
final class FileCheckTests: XCTestCase {
    static let secret = "Hargreaves"
    let register = NamesRegister(text: "Jane Doe\n\(FileCheckTests.secret)\n")

    private func check(
        _ name: String, _ bytes: [UInt8], pdftotext: String? = FileCheck.findPDFToText(),
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> FileCheck.Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("filecheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(bytes).write(to: dir.appendingPathComponent(name))
        let check = FileCheck(
            rules: AnonymisationRules.all, context: AnonymisationContext(register: register), waivers: [],
            contentDirectory: dir, displayRoot: "content", pdftotext: pdftotext)
        let result = check.check(PageFile(relative: name, size: bytes.count))
        for d in result.diagnostics {
            XCTAssertFalse(
                d.message.contains(Self.secret), "a message shows what was found: \(d.message)", file: file, line: line)
        }
        return result
    }

    private func messages(_ r: FileCheck.Result, _ severity: Severity = .error) -> [String] {
        r.diagnostics.filter { $0.severity == severity }.map(\.message)
    }

    func testRegisterNameInEachPDFInfoFieldAndXMPIsAnError() throws {
        let keys = ["Author", "Title", "Subject", "Keywords", "Creator", "Producer"]
        let pdf = FileFixtures.pdf(
            info: Dictionary(uniqueKeysWithValues: keys.map { ($0, "Notes by \(Self.secret)") }),
            xmpCreator: "Mrs \(Self.secret)", pages: ["Nothing to see.", "Nor here."])
        let r = try check("report.pdf", pdf)
        let errors = messages(r)
        for key in keys {
            XCTAssertTrue(errors.contains { $0.hasPrefix("in its PDF \(key):") }, "\(key): \(errors)")
        }
        XCTAssertTrue(errors.contains { $0.hasPrefix("in its XMP creator:") }, "\(errors)")
        XCTAssertEqual(r.pageCount, 2)
    }

    func testRegisterNameInPDFTextIsReportedWithItsPage() throws {
        try XCTSkipIf(FileCheck.findPDFToText() == nil, "pdftotext (poppler-utils) is not installed")
        let pdf = FileFixtures.pdf(pages: ["The panel met.", "Then \(Self.secret) spoke to the police."])
        let r = try check("report.pdf", pdf)
        XCTAssertTrue(messages(r).contains { $0.hasPrefix("on page 2:") }, "\(r.diagnostics)")
        XCTAssertFalse(messages(r).contains { $0.hasPrefix("on page 1:") }, "\(r.diagnostics)")
        XCTAssertFalse(r.textUnchecked)
    }

    func testWithoutPDFToTextTheTextIsMarkedUnchecked() throws {
        let r = try check("report.pdf", FileFixtures.pdf(pages: ["\(Self.secret)"]), pdftotext: nil)
        XCTAssertTrue(r.textUnchecked)
        XCTAssertEqual(messages(r), [])
    }

    func testAuthorFieldWithAPersonsNameIsAWarning() throws {
        let r = try check(
            "report.pdf", FileFixtures.pdf(info: ["Author": "Sarah Thompson", "Producer": "LibreOffice 7.5"]),
            pdftotext: nil)
        XCTAssertEqual(messages(r), [])
        XCTAssertTrue(
            messages(r, .warning).contains { $0.contains("its PDF Author holds a person's name; clear it") },
            "\(r.diagnostics)")
        XCTAssertFalse(messages(r, .warning).contains { $0.contains("Sarah") })
        let clean = try check(
            "report.pdf", FileFixtures.pdf(info: ["Author": "Avonmere Community Safety Partnership"]),
            pdftotext: nil)
        XCTAssertEqual(
            clean.diagnostics.filter { $0.severity == .warning && $0.rule == RuleID.fileMetadata.rawValue }.count, 0,
            "\(clean.diagnostics)")
    }

    func testEncryptedOrDamagedPDFCouldNotBeChecked() throws {
        let encrypted = try check("report.pdf", FileFixtures.pdf(encrypted: true))
        XCTAssertEqual(messages(encrypted).count, 1)
        XCTAssertTrue(messages(encrypted)[0].contains("could not be checked") && messages(encrypted)[0].contains("encrypted"))
        let truncated = try check("report.pdf", FileFixtures.pdf(truncate: true))
        XCTAssertTrue(messages(truncated).first?.contains("could not be checked") == true, "\(truncated.diagnostics)")
        let notPDF = try check("report.pdf", Array("hello".utf8))
        XCTAssertTrue(messages(notPDF).first?.contains("could not be checked") == true)
        // A compressed stream that is not valid deflate data.
        var broken = Array("%PDF-1.5\n1 0 obj\n<< /Length 4 /Filter /FlateDecode >>\nstream\n".utf8)
        broken += [1, 2, 3, 4] + Array("\nendstream\nendobj\ntrailer\n<< >>\n%%EOF\n".utf8)
        XCTAssertTrue(messages(try check("report.pdf", broken)).first?.contains("could not be checked") == true)
    }

    func testCompressedPDFStreamsAreRead() throws {
        // An Info-like dictionary inside a deflated object stream (PDF 1.5 style).
        let payload = Array("<< /Author (\(Self.secret)) >>".utf8)
        let compressed = try deflate(payload)
        var pdf = Array("%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /Length \(compressed.count) /Filter /FlateDecode >>\nstream\n".utf8)
        pdf += compressed + Array("\nendstream\nendobj\ntrailer\n<< >>\n%%EOF\n".utf8)
        XCTAssertTrue(messages(try check("report.pdf", pdf, pdftotext: nil)).contains { $0.hasPrefix("in its PDF Author:") })
    }

    func testRegisterNameInDOCXPropertiesAndTextIsAnError() throws {
        let docx = FileFixtures.docx(
            creator: "J \(Self.secret)", lastModifiedBy: "\(Self.secret), J",
            body: "The chair met \(Self.secret) twice.")
        let r = try check("report.docx", docx)
        let errors = messages(r)
        XCTAssertTrue(errors.contains { $0.hasPrefix("in its document author (creator):") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.hasPrefix("in its document 'last modified by':") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.hasPrefix("in its text, line 1:") }, "\(errors)")
        let damaged = try check("report.docx", Array(docx.prefix(40)))
        XCTAssertTrue(messages(damaged).first?.contains("could not be checked") == true)
    }

    func testDeflatedZipEntriesAreRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("docProps"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let zipTool = "/usr/bin/zip"
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: zipTool), "zip is not installed")
        let core =
            "<cp:coreProperties><dc:creator>\(String(repeating: "Anonymous ", count: 50))\(Self.secret)</dc:creator></cp:coreProperties>"
        try core.write(to: dir.appendingPathComponent("docProps/core.xml"), atomically: true, encoding: .utf8)
        try "<w:document><w:p><w:t>Text</w:t></w:p></w:document>".write(
            to: dir.appendingPathComponent("document.xml"), atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: zipTool)
        p.currentDirectoryURL = dir
        p.arguments = ["-q", "-9", "out.docx", "docProps/core.xml"]
        try p.run()
        p.waitUntilExit()
        let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent("out.docx")))
        let zip = try XCTUnwrap(ZipArchive(bytes))
        XCTAssertEqual(zip.entries.first?.method, 8)
        XCTAssertEqual(zip.data("docProps/core.xml").map { String(decoding: $0, as: UTF8.self) }, core)
    }

    func testRegisterNameInEachJPEGFieldAndGPSAreErrors() throws {
        let fields: [UInt16: String] = [
            0x013B: "\(Self.secret)", 0x8298: "Copyright \(Self.secret)",
            0x010E: "Photo of \(Self.secret)'s house",
        ]
        let r = try check("photo.jpg", FileFixtures.jpeg(ascii: fields, gps: true, xmpCreator: "\(Self.secret)"))
        let errors = messages(r)
        for label in ["EXIF Artist", "EXIF Copyright", "EXIF image description", "XMP creator"] {
            XCTAssertTrue(errors.contains { $0.hasPrefix("in its \(label):") }, "\(label): \(errors)")
        }
        XCTAssertTrue(errors.contains { $0.contains("GPS position") }, "\(errors)")
        let clean = try check("photo.jpg", FileFixtures.jpeg(ascii: [0x010F: "Canon"]))
        XCTAssertEqual(clean.diagnostics, [])
    }

    func testPNGTextChunksAreChecked() throws {
        let r = try check("chart.png", FileFixtures.png(text: [("Author", Self.secret)]))
        XCTAssertTrue(messages(r).contains { $0.hasPrefix("in its PNG Author:") }, "\(r.diagnostics)")
    }

    func testSVGIsScannedAsText() throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Chart</title><text>Drawn by \(Self.secret)</text></svg>"
        let r = try check("chart.svg", Array(svg.utf8))
        XCTAssertEqual(messages(r).count, 1, "\(r.diagnostics)")
    }

    func testPDFHelpersAreBounded() {
        XCTAssertEqual(PDFInspector.string(Array("(a\\(b\\) \\101 (nested))".utf8)[...], at: 0)?.0, "a(b) A (nested)")
        XCTAssertEqual(PDFInspector.string(Array("<FEFF00480069>".utf8)[...], at: 0)?.0, "Hi")
        XCTAssertNil(PDFInspector.string(Array("(never closed".utf8)[...], at: 0))
        XCTAssertEqual(PageFile.sizeText(500), "500 bytes")
        XCTAssertEqual(PageFile.sizeText(348_160), "340 KB")
        XCTAssertEqual(PageFile.sizeText(1_258_291), "1.2 MB")
        XCTAssertFalse(FileCheck.looksLikePersonName("Microsoft Word", AnonymisationContext()))
        XCTAssertTrue(FileCheck.looksLikePersonName("Sarah Thompson", AnonymisationContext()))
    }

    /// A pdftotext that never finishes is stopped at the time limit: an error, not a hang.
    func testPDFToTextThatHangsIsStopped() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let tool = dir.appendingPathComponent("pdftotext")
        try "#!/bin/sh\nexec sleep 30\n".write(to: tool, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tool.path)
        let pdf = FileFixtures.pdf()
        try Data(pdf).write(to: dir.appendingPathComponent("report.pdf"))
        var check = FileCheck(
            rules: AnonymisationRules.all, context: AnonymisationContext(), waivers: [],
            contentDirectory: dir, displayRoot: "content", pdftotext: tool.path)
        check.timeout = 0.5
        let started = Date()
        let r = check.check(PageFile(relative: "report.pdf", size: pdf.count))
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(r.diagnostics.map(\.rule), [RuleID.fileCheck.rawValue])
        XCTAssertTrue(r.diagnostics.first?.message.contains("could not be checked") == true)
        XCTAssertTrue(r.diagnostics.first?.message.contains("took longer than") == true, "\(r.diagnostics)")
    }

    /// Damaged files of every kind (bytes changed, cut short) never crash or hang a reader.
    func testDamagedFilesNeverCrashTheReaders() {
        var seed: UInt64 = 0x5EED
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(max(n, 1)))
        }
        let samples: [([UInt8], PageFile.Kind)] = [
            (FileFixtures.pdf(info: ["Author": "A"], xmpCreator: "B", pages: ["x", "y"]), .pdf),
            (FileFixtures.docx(creator: "A", lastModifiedBy: "B"), .docx),
            (FileFixtures.jpeg(ascii: [0x013B: "A", 0x9C9D: "B"], gps: true, xmpCreator: "C"), .jpg),
            (FileFixtures.png(text: [("Author", "A")]), .png),
            (Array("RIFF\u{10}\0\0\0WEBPEXIF\u{4}\0\0\0MM\0*".utf8), .webp),
        ]
        for (original, kind) in samples {
            for _ in 0..<400 {
                var bytes = original
                for _ in 0..<(1 + next(8)) { bytes[next(bytes.count)] = UInt8(next(256)) }
                if next(3) == 0 { bytes = Array(bytes.prefix(next(bytes.count))) }
                _ = FileMetadata.inspect(bytes, kind: kind)
            }
        }
    }

    private func deflate(_ data: [UInt8]) throws -> [UInt8] {
        // zlib format via Foundation is not available on Linux; a stored deflate block in a
        // zlib wrapper is valid input for inflate.
        var out: [UInt8] = [0x78, 0x01, 0x01]
        out += [UInt8(data.count & 0xFF), UInt8(data.count >> 8), UInt8(~data.count & 0xFF), UInt8((~data.count >> 8) & 0xFF)]
        out += data
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
        let adler = b << 16 | a
        out += [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
        return out
    }
}
