// swift-tools-version:6.0
import PackageDescription

// Targets depend one way only (docs/architecture.md):
//   reviewsite (the thin executable) → ReviewSiteKit (content model, checks, pipeline, render,
//   output, CLI) → ReviewSiteAnonymisation (rules; → ReviewSiteNames, the given-names data),
//   ReviewSiteSyntax (YAML subset, Markdown over CCmark, templates) and CZlib → ReviewSiteCore
//   (diagnostics, rule registry, text decoding, hashing, platform calls).
let package = Package(
    name: "ReviewSite",
    products: [
        .executable(name: "reviewsite", targets: ["reviewsite"]),
        .library(name: "ReviewSiteKit", targets: ["ReviewSiteKit"]),
    ],
    targets: [
        // libcmark from Debian's libcmark-dev; no SwiftPM package dependencies.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // zlib from Debian's zlib1g-dev: inflates compressed PDF streams and DOCX (zip) entries
        // so their metadata and text can be checked for leaks.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "ReviewSiteCore"),
        .target(name: "ReviewSiteSyntax", dependencies: ["ReviewSiteCore", "CCmark"]),
        .target(
            name: "ReviewSiteNames",
            // The first-names sources and generator; the list itself is compiled in
            // (FirstNamesData.swift), so the binary needs no resource bundle.
            exclude: ["Data"]
        ),
        .target(name: "ReviewSiteAnonymisation", dependencies: ["ReviewSiteCore", "ReviewSiteNames"]),
        .target(
            name: "ReviewSiteKit",
            dependencies: ["ReviewSiteCore", "ReviewSiteSyntax", "ReviewSiteAnonymisation", "CZlib"]
        ),
        .executableTarget(name: "reviewsite", dependencies: ["ReviewSiteKit"]),
        // Small PDFs, DOCX files and images made in code, for the attachment checks' tests.
        .target(name: "TestFixtures", path: "Tests/TestFixtures"),
        .testTarget(
            name: "ReviewSiteKitTests",
            dependencies: ["ReviewSiteCore", "ReviewSiteSyntax", "ReviewSiteAnonymisation", "ReviewSiteKit", "TestFixtures"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["reviewsite", "TestFixtures"],
            exclude: ["InvalidSites", "Golden"]
        ),
    ]
)
