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
        .library(name: "AttacheEval", targets: ["AttacheEval"]),
        .library(name: "AttacheStore", targets: ["AttacheStore"]),
        .library(name: "AttachePostgres", targets: ["AttachePostgres"]),
        .library(name: "AttacheExport", targets: ["AttacheExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
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
        .target(name: "AttacheEval", dependencies: ["AttacheCore"], swiftSettings: swiftSettings),
        .target(
            name: "AttacheStore",
            dependencies: ["AttacheCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings),
        .target(
            name: "AttachePostgres",
            dependencies: ["AttacheCore", "AttacheStore", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: swiftSettings),
        .target(
            name: "AttacheExport", dependencies: ["AttacheCore", "AttacheKnowledge", "AttacheStore"],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "attache",
            dependencies: [
                "AttacheCore", "AttacheText", "AttacheKnowledge", "AttacheExtraction", "AttacheEval", "AttacheStore",
                "AttachePostgres", "AttacheExport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "attache-bench",
            dependencies: [
                "AttacheCore", "AttacheText", "AttacheKnowledge", "AttacheExtraction", "AttacheStore",
                "AttachePostgres",
            ],
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
            dependencies: ["AttacheCore", "AttacheText", "AttacheKnowledge", "AttacheExtraction", "AttacheEval"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AttacheStoreTests",
            dependencies: [
                "AttacheCore", "AttacheStore", "AttachePostgres", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "AttacheEvalTests", dependencies: ["AttacheCore", "AttacheEval"], swiftSettings: swiftSettings),
        .testTarget(
            name: "AttacheExportTests",
            dependencies: ["AttacheCore", "AttacheStore", "AttacheKnowledge", "AttacheExport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PropertyTests",
            dependencies: [
                "AttacheCore", "AttacheText", "AttacheExtraction", "AttacheStore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "CLITests",
            dependencies: ["attache", "AttachePostgres"],
            swiftSettings: swiftSettings
        ),
    ]
)
