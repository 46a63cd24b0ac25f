import Vapor

/// Configuration read from the environment. See README "Configuration".
public struct AppConfig: Sendable {
    /// `DATABASE_URL`: PostgreSQL when set (`postgres://user:pass@host:5432/db`), SQLite otherwise.
    public var databaseURL: String?
    /// `ZHIXING_SQLITE_PATH`: the SQLite file, `./zhixing.sqlite` by default.
    public var sqlitePath: String
    /// `ZHIXING_SECURE_COOKIES`: `Secure` flag on cookies; on by default, `0` for plain-HTTP set-ups.
    public var secureCookies: Bool
    /// `ZHIXING_LOGIN_MAX_FAILURES` failed log-ins for one account within `ZHIXING_LOGIN_WINDOW_MINUTES`
    /// lock further attempts for that window.
    public var loginMaxFailures: Int
    public var loginWindowMinutes: Int
    /// `ZHIXING_SESSION_HOURS`: how long a web session lives without use.
    public var sessionHours: Int
    /// Seed the demo courts and one user per role (`zhixing serve --demo`).
    public var demo: Bool
    /// `ZHIXING_PDF_TOOL`: the Chromium (or Chrome) executable that prints documents to PDF; found on `PATH`
    /// (chromium, chromium-browser, google-chrome) when unset. Without one, PDF downloads say what to install.
    public var pdfTool: String?
    /// `ZHIXING_PDF_TIMEOUT_SECONDS`: how long one PDF may take before the tool is stopped (30 by default).
    public var pdfTimeoutSeconds: Int

    public init(
        databaseURL: String? = nil, sqlitePath: String = "zhixing.sqlite", secureCookies: Bool = true,
        loginMaxFailures: Int = 5, loginWindowMinutes: Int = 15, sessionHours: Int = 12, demo: Bool = false,
        pdfTool: String? = nil, pdfTimeoutSeconds: Int = 30
    ) {
        self.databaseURL = databaseURL
        self.sqlitePath = sqlitePath
        self.secureCookies = secureCookies
        self.loginMaxFailures = loginMaxFailures
        self.loginWindowMinutes = loginWindowMinutes
        self.sessionHours = sessionHours
        self.demo = demo
        self.pdfTool = pdfTool
        self.pdfTimeoutSeconds = pdfTimeoutSeconds
    }

    public static func fromEnvironment(demo: Bool = false) -> AppConfig {
        func int(_ key: String, _ fallback: Int) -> Int { Environment.get(key).flatMap(Int.init) ?? fallback }
        let url = Environment.get("DATABASE_URL").flatMap { $0.isEmpty ? nil : $0 }
        return AppConfig(
            databaseURL: url,
            sqlitePath: Environment.get("ZHIXING_SQLITE_PATH") ?? "zhixing.sqlite",
            secureCookies: Environment.get("ZHIXING_SECURE_COOKIES") != "0",
            loginMaxFailures: int("ZHIXING_LOGIN_MAX_FAILURES", 5),
            loginWindowMinutes: int("ZHIXING_LOGIN_WINDOW_MINUTES", 15),
            sessionHours: int("ZHIXING_SESSION_HOURS", 12),
            demo: demo,
            pdfTool: Environment.get("ZHIXING_PDF_TOOL").flatMap { $0.isEmpty ? nil : $0 },
            pdfTimeoutSeconds: max(1, int("ZHIXING_PDF_TIMEOUT_SECONDS", 30))
        )
    }
}

extension Application {
    private struct ConfigKey: StorageKey { typealias Value = AppConfig }

    public var zhixingConfig: AppConfig {
        get { storage[ConfigKey.self] ?? AppConfig() }
        set { storage[ConfigKey.self] = newValue }
    }
}
