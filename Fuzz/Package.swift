// swift-tools-version:5.3
// libFuzzer targets for Attaché's readers and pipeline (scripts/fuzz builds and runs them).
// A fuzz target is a plain library target whose main.swift defines LLVMFuzzerTestOneInput: at
// tools 6.x SwiftPM would give an executable its own entry point, which libFuzzer's clashes with.
import PackageDescription

let package = Package(
    name: "AttacheFuzz",
    dependencies: [.package(name: "Attache", path: "..")],
    targets: [
        .target(name: "FuzzText", dependencies: [.product(name: "AttacheText", package: "Attache")]),
        .target(name: "FuzzHTML", dependencies: [.product(name: "AttacheText", package: "Attache")]),
        .target(name: "FuzzJSONLines", dependencies: [.product(name: "AttacheText", package: "Attache")]),
        .target(name: "FuzzFrontMatter", dependencies: [.product(name: "AttacheText", package: "Attache")]),
        .target(
            name: "FuzzPipeline",
            dependencies: [
                .product(name: "AttacheCore", package: "Attache"), .product(name: "AttacheText", package: "Attache"),
                .product(name: "AttacheExtraction", package: "Attache"),
            ]),
    ]
)
