// swift-tools-version: 6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Attache",
    products: [
        .executable(name: "attache", targets: ["attache"]),
        .library(name: "AttacheCore", targets: ["AttacheCore"]),
        .library(name: "AttacheText", targets: ["AttacheText"]),
        .library(name: "AttacheKnowledge", targets: ["AttacheKnowledge"]),
        .library(name: "AttacheExtraction", targets: ["AttacheExtraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .target(name: "AttacheCore", swiftSettings: swiftSettings),
        .target(
            name: "AttacheText", dependencies: ["AttacheCore"], resources: [.copy("Resources")],
            swiftSettings: swiftSettings),
        .target(
            name: "AttacheKnowledge", dependencies: ["AttacheCore"], resources: [.copy("Resources")],
            swiftSettings: swiftSettings),
        .target(
            name: "AttacheExtraction", dependencies: ["AttacheCore", "AttacheText", "AttacheKnowledge"],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "attache",
            dependencies: [
                "AttacheCore", "AttacheText", "AttacheKnowledge", "AttacheExtraction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "attache-bench",
            dependencies: ["AttacheCore", "AttacheText", "AttacheKnowledge", "AttacheExtraction"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "AttacheCoreTests", dependencies: ["AttacheCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "AttacheTextTests",
            dependencies: ["AttacheCore", "AttacheText"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AttacheExtractionTests",
            dependencies: ["AttacheCore", "AttacheText", "AttacheKnowledge", "AttacheExtraction"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["attache"],
            swiftSettings: swiftSettings
        ),
    ]
)
