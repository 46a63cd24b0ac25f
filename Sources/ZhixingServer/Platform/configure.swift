import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Leaf
import NIOSSL
import SQLKit
import Vapor

/// Sets up the application: database, migrations, sessions, middleware, views, routes, commands.
/// The entry point and the tests both call this.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.zhixingConfig = config
    try configureDatabase(app, config: config)
    app.registerMigrations()

    // The effects services are given (clock, ids, secrets, passwords, calendar, outbound calls): the
    // production ones, unless the caller set its own before (a test does).
    if !app.hasEffects {
        app.effects = .live(for: app, calendars: try CalendarStore.load())
    }
    app.localizer = try Localizer.load(from: app.directory.resourcesDirectory + "Localization")
    app.views.use(.leaf)
    // Templates are read once and kept (Vapor keeps them only under `--env production`; without it every page read
    // and parsed its templates again: a fifth of a case page's time). ZHIXING_RELOAD_TEMPLATES=1 reads them on every
    // request, for editing them.
    app.leaf.cache.isEnabled = Environment.get("ZHIXING_RELOAD_TEMPLATES") != "1"

    app.routes.defaultMaxBodySize = "1mb"

    app.middleware = Middlewares()
    app.middleware.use(MetricsMiddleware(registry: app.metrics))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ZhixingErrorMiddleware())
    app.middleware.use(BodyCollectMiddleware())
    app.middleware.use(NulInputMiddleware())
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))

    if app.decoyPasswordHash.isEmpty {
        let effects = app.effects
        app.decoyPasswordHash = try await effects.passwords.hash(effects.secrets.string(length: 22, from: SecretGenerator.base64URL))
    }
    try routes(app)
    registerCommands(app)
}

private func configureDatabase(_ app: Application, config: AppConfig) throws {
    if let url = config.databaseURL {
        var pg = try SQLPostgresConfiguration(url: url)
        if !url.contains("sslmode=require") {
            pg.coreConfiguration.tls = .disable
        }
        app.databases.use(.postgres(configuration: pg, maxConnectionsPerEventLoop: 4), as: .psql)
        // The counts homes and list totals read, kept with every write of a case (`CaseCounts`).
        app.databases.middleware.use(CaseCountsMiddleware(), on: .psql)
    } else {
        let storage: SQLiteConfiguration.Storage = config.sqlitePath == ":memory:" ? .memory : .file(path: config.sqlitePath)
        app.databases.use(.sqlite(SQLiteConfiguration(storage: storage), maxConnectionsPerEventLoop: 1, connectionPoolTimeout: .seconds(30)), as: .sqlite)
        app.databases.middleware.use(CaseCountsMiddleware(), on: .sqlite)
    }
}

/// After the database is reachable: SQLite in WAL mode with foreign keys and a busy timeout.
func prepareDatabase(_ app: Application) async throws {
    guard let sql = app.db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
    if app.zhixingConfig.sqlitePath != ":memory:" {
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }
    try await sql.raw("PRAGMA busy_timeout=10000").run()
}

/// Security headers on every response.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        // Pages and API answers carry personal data: no browser or proxy may keep a copy. Only the
        // style sheets (static files, which FileMiddleware marks with an ETag) may be cached.
        if !request.url.path.hasPrefix("/css/") {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            response.headers.remove(name: .eTag)
        }
        response.headers.replaceOrAdd(name: "Content-Security-Policy",
                                      value: "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")
        return response
    }
}
