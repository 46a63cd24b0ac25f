import Vapor

/// Every route, from the paths in `Paths`.
func routes(_ app: Application) throws {
    SystemController().register(app)

    // API: bearer tokens, JSON errors.
    let api = app.grouped(BearerUserAuthenticator())
    let protectedAPI = api.grouped(RequireAPIUser())
    AuthAPIController().register(public: api, protected: protectedAPI)
    DirectoryAPIController().register(protectedAPI)
    UsersAPIController().register(protectedAPI)
    AuditAPIController().register(protectedAPI)
    ChecksAPIController().register(protectedAPI)
    RulesAPIController().register(protectedAPI)
    InstrumentsAPIController().register(protectedAPI)
    CasesAPIController().register(protectedAPI)
    TeamsAPIController().register(protectedAPI)
    CalendarAPIController().register(protectedAPI)

    // Web: server-side sessions made at log-in only, CSRF on every form. Signed-in pages check the log-in before the
    // CSRF token, so that a form posted after its session lapsed reaches `FormDrafts` (kept, then the log-in page).
    let web = app.grouped(WebSessionMiddleware())
    let open = web.grouped(CSRFMiddleware())
    SessionController().register(open)
    CourtsWebController().register(open)
    PortalController().register(open)
    let signedIn = web.grouped(RequireWebUser(), CSRFMiddleware())
    HomeController().register(signedIn)
    UsersWebController().register(signedIn)
    AuditWebController().register(signedIn)
    RulesWebController().register(signedIn)
    CasesWebController().register(signedIn)
    CaseDocuments().register(api: protectedAPI, web: signedIn)
    CaseLinksController().register(api: protectedAPI, web: signedIn)
    CalendarWebController().register(signedIn)
    EntrustmentsController().register(api: protectedAPI, web: signedIn)
    WorkQueues.register(api: protectedAPI)

    app.routeTable = RouteTable(app.routes)
}
