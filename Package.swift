// swift-tools-version:6.0
import PackageDescription

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
        .target(
            name: "ReviewSiteKit",
            dependencies: ["CCmark"],
            // The first-names sources and generator; the list itself is compiled in
            // (Anonymisation/Rules/FirstNamesData.swift), so the binary needs no resource bundle.
            exclude: ["Anonymisation/Data"]
        ),
        .executableTarget(name: "reviewsite", dependencies: ["ReviewSiteKit"]),
        .testTarget(
            name: "ReviewSiteKitTests",
            dependencies: ["ReviewSiteKit"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["reviewsite"],
            exclude: ["InvalidSites", "Golden"]
        ),
    ]
)
