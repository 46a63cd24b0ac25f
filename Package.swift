// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "zhixing",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zhixing", targets: ["zhixing"]),
        .library(name: "ZhixingCore", targets: ["ZhixingCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.5.2"),
    ],
    targets: [
        .target(
            name: "ZhixingCore",
            resources: [.copy("Resources")]
        ),
        .target(
            name: "ZhixingServer",
            dependencies: [
                "ZhixingCore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
            ]
        ),
        .executableTarget(
            name: "zhixing",
            dependencies: ["ZhixingServer"]
        ),
        .testTarget(
            name: "ZhixingCoreTests",
            dependencies: ["ZhixingCore"]
        ),
        .testTarget(
            name: "ZhixingServerTests",
            dependencies: [
                "ZhixingServer",
                .product(name: "XCTVapor", package: "vapor"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
