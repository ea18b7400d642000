import Foundation
import XCTest

@testable import ReviewSiteKit

/// The theme built into the program must be exactly themes/default. When this fails after a
/// change to themes/default, run: python3 scripts/embed-theme.py (or make theme).
final class BuiltInThemeTests: XCTestCase {
    func testTheEmbeddedThemeMatchesThemesDefault() throws {
        let theme = CommandTableTests.repository.appendingPathComponent("themes/default")
        var onDisk: [String: Data] = [:]
        let walker = try XCTUnwrap(FileManager.default.enumerator(atPath: theme.path))
        while let relative = walker.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDir: ObjCBool = false
            let path = theme.appendingPathComponent(relative).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            onDisk[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let embedded = Dictionary(DefaultTheme.files.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a })
        let stale =
            "Sources/ReviewSiteKit/Theme/BuiltInTheme.swift is out of date with themes/default; "
            + "run: python3 scripts/embed-theme.py"
        XCTAssertEqual(embedded.keys.sorted(), onDisk.keys.sorted(), stale)
        for (path, data) in onDisk { XCTAssertEqual(embedded[path], data, "\(path): \(stale)") }
        XCTAssertFalse(DefaultTheme.templates.isEmpty)
        XCTAssertFalse(DefaultTheme.assets.isEmpty)
    }
}
