import Vapor
import ZhixingCore

/// Everything a service reaches outside the process for: the time, new ids, secrets (tokens, access
/// codes), password hashing, the statutory calendar's store, calls to other systems, and the tool that
/// prints documents to PDF. A service takes
/// an `Effects` value (`effects: req.effects`) instead of the whole `Application`, so that what it can
/// touch is written in its signature and a test decides every one of them.
///
/// `configure` sets the production values (`Effects.live`) unless the caller set its own before (the
/// tests do, with `Effects.failing` from the test support: an effect a test did not set fails that test
/// by name when it is used).
struct Effects: Sendable {
    /// The time (`AppClock`): the server never calls `Date()` itself.
    var clock: AppClock
    /// Ids of new rows.
    var ids: IDGenerator
    /// Random strings: API and session tokens, CSRF tokens, party-portal access codes.
    var secrets: SecretGenerator
    /// bcrypt, off the event loop (its salt is random, its cost is configuration).
    var passwords: PasswordHasher
    /// The statutory calendar: shipped holiday years merged with those administrators entered.
    var calendars: CalendarStore
    /// Calls to other institutions' systems (the institution gateway will use it); nothing calls out yet.
    var outbound: OutboundHTTP
    /// HTML to PDF for the documents' downloads (headless Chromium, a subprocess), or `unavailable`.
    var pdf: PDFRenderer

    init(clock: AppClock, ids: IDGenerator, secrets: SecretGenerator, passwords: PasswordHasher,
         calendars: CalendarStore, outbound: OutboundHTTP, pdf: PDFRenderer) {
        self.clock = clock
        self.ids = ids
        self.secrets = secrets
        self.passwords = passwords
        self.calendars = calendars
        self.outbound = outbound
        self.pdf = pdf
    }

    /// The production effects of `app`: the system clock, random ids and secrets from the system's
    /// cryptographic generator, bcrypt at `app.bcryptCost` on the app's thread pool, Vapor's HTTP client, and
    /// the PDF tool of the configuration (`ZHIXING_PDF_TOOL`) or found on `PATH`.
    static func live(for app: Application, calendars: CalendarStore) -> Effects {
        let config = app.zhixingConfig
        return Effects(clock: .system, ids: .random, secrets: .system,
                       passwords: .bcrypt(cost: app.bcryptCost, on: app.threadPool),
                       calendars: calendars, outbound: .client(of: app),
                       pdf: .discover(configured: config.pdfTool, path: ProcessInfo.processInfo.environment["PATH"],
                                      timeout: .seconds(Int64(config.pdfTimeoutSeconds)), on: app.threadPool, logger: app.logger))
    }
}

extension Application {
    private struct EffectsKey: StorageKey { typealias Value = Effects }

    /// The effects services are given. Set by `configure` (or by a test before it); read before that,
    /// the production ones with the bundled calendar alone.
    var effects: Effects {
        get {
            if let effects = storage[EffectsKey.self] { return effects }
            let effects = Effects.live(for: self, calendars: CalendarStore(bundled: (try? HolidaySchedule.bundled()) ?? .empty))
            storage[EffectsKey.self] = effects
            return effects
        }
        set { storage[EffectsKey.self] = newValue }
    }

    /// Whether effects were set (a test sets its own before `configure`, which then keeps them).
    var hasEffects: Bool { storage.contains(EffectsKey.self) }
}

extension Request {
    /// The application's effects, for a controller to hand to the service it calls.
    var effects: Effects { application.effects }
}
