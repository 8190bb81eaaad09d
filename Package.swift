// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "okr-coach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "okr-coach", targets: ["okr-coach"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
    ],
    targets: [
        // The pure domain: model, reading, checks, catalog, scoring. No I/O, no dependencies.
        .target(name: "OKRKit"),

        // The conversation, the coach's words, the session store.
        .target(
            name: "CoachKit",
            dependencies: [
                "OKRKit",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedPrompts"]
        ),

        // libedit, through its readline-compatible API, as a CoachKit LineReader.
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "LineEditing", dependencies: ["CEditLine", "CoachKit"]),

        // The thin executable: arguments, the REPL loop, rendering.
        .executableTarget(
            name: "okr-coach",
            dependencies: [
                "CoachKit",
                "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Rainbow", package: "Rainbow"),
            ]
        ),

        // `make bench`: start-up, saving, checking and suggesting, measured on a release build.
        .executableTarget(name: "okr-coach-bench", dependencies: ["CoachKit"], path: "Benchmarks/okr-coach-bench"),

        // Embeds prompts/*.yaml into CoachKit at build time, so an installed binary needs no data files.
        .executableTarget(name: "EmbedPromptsTool"),
        .plugin(name: "EmbedPrompts", capability: .buildTool(), dependencies: ["EmbedPromptsTool"]),

        .testTarget(name: "OKRKitTests", dependencies: ["OKRKit"], exclude: ["ActivityLabels"]),
        .testTarget(
            name: "CoachKitTests",
            dependencies: ["CoachKit", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Transcripts", "Fixtures"]),
        .testTarget(name: "OkrCoachCLITests", dependencies: ["CoachKit"]),
    ],
    swiftLanguageModes: [.v6]
)
