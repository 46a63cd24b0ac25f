import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// 委托执行 as the law has it (Entrusted Enforcement Provisions 2011 Art.1-2; issue 8, finding 1.6): the
/// owning court entrusts a whole case to a same-level court in another province; that court files it as its
/// own case from its inbox; the filing closes the owner's case as entrusted (委托结案), the two linked both
/// ways. The entrusted court never reads or writes the owner's case.
final class EntrustmentTests: AppTestCase {
    private func fileCase() async throws -> (id: UUID, number: String) {
        let (status, body) = try await post("/api/v1/cases", CaseTests.filing(), token: try await token("clerk"))
        XCTAssertEqual(status, .created, body)
        let object = try json(body)
        return (try XCTUnwrap(UUID(uuidString: object["id"] as? String ?? "")), object["caseNumber"] as? String ?? "")
    }

    private func version(_ id: UUID) async throws -> Int { try await EnforcementCase.find(id, on: app.db)?.version ?? 0 }

    private func entrust(_ id: UUID, to court: String = "沪0115", noPropertyHere: Bool = true, propertyElsewhere: Bool = true,
                         token: String? = nil) async throws -> (HTTPStatus, String) {
        let body: [String: Any] = ["courtCode": court, "noPropertyInArea": noPropertyHere, "propertyInOtherProvince": propertyElsewhere,
                                   "version": try await version(id)]
        var bearer = token ?? ""
        if token == nil { bearer = try await self.token("judge") }
        return try await post("/api/v1/cases/\(id)/entrust", body, token: bearer)
    }

    /// Filed at 京0105, entrusted to 沪0115; returns the case and the entrustment's id.
    private func entrusted() async throws -> (caseID: UUID, number: String, entrustment: UUID) {
        let filed = try await fileCase()
        let (status, body) = try await entrust(filed.id)
        XCTAssertEqual(status, .created, body)
        return (filed.id, filed.number, try XCTUnwrap(UUID(uuidString: try json(body)["id"] as? String ?? "")))
    }

    private func accept(_ entrustment: UUID, token: String) async throws -> (HTTPStatus, String) {
        try await post("/api/v1/entrustments/\(entrustment)/accept", [:], token: token)
    }

    private struct Counts: Equatable {
        let cases: Int, events: Int, documents: Int, audit: Int, entrustments: Int
    }

    private func counts() async throws -> Counts {
        Counts(cases: try await EnforcementCase.query(on: app.db).count(), events: try await CaseEvent.query(on: app.db).count(),
               documents: try await IssuedDocument.query(on: app.db).count(), audit: try await AuditEvent.query(on: app.db).count(),
               entrustments: try await CaseEntrustment.query(on: app.db).count())
    }

    // MARK: - Art.2 para.1: the entrusted court files its own case; the owner's is closed as entrusted

    func test_art2_entrustedCourtFilesItsOwnCase_ownerClosedAsEntrusted_linkedBothWays() async throws {
        let owner = try await entrusted()
        let judge = try await token("judge")
        let pudong = try await token("judge.pudong")
        let (pending, pendingBody) = try await get("/api/v1/cases/\(owner.caseID)", token: judge)
        XCTAssertEqual(pending, .ok)
        XCTAssertEqual(try json(pendingBody)["summary"].flatMap { ($0 as? [String: Any])?["status"] as? String }, "filed",
                       "the owner's case stays open until the entrusted court files (Art.2 para.1)")

        let (inbox, inboxBody) = try await get("/api/v1/entrustments", token: pudong)
        XCTAssertEqual(inbox, .ok)
        XCTAssertTrue(inboxBody.contains(owner.number) && inboxBody.contains("pending"), inboxBody)

        let (filed, filedBody) = try await accept(owner.entrustment, token: pudong)
        XCTAssertEqual(filed, .created, filedBody)
        let newCase = try json(filedBody)
        let newID = try XCTUnwrap(UUID(uuidString: newCase["id"] as? String ?? ""))
        XCTAssertEqual(newCase["caseNumber"] as? String, "（2026）沪0115执1号", "its own number, of its own court and year")

        let ownerFound = try await EnforcementCase.find(owner.caseID, on: app.db)
        let ownerRow = try XCTUnwrap(ownerFound)
        XCTAssertEqual(ownerRow.status, "closed")
        XCTAssertEqual(ownerRow.closure, "entrusted", "委托结案")
        let newFound = try await EnforcementCase.query(on: app.db).filter(\.$id == newID).with(\.$court).first()
        let newRow = try XCTUnwrap(newFound)
        XCTAssertEqual(newRow.court.code, "沪0115")
        XCTAssertEqual(newRow.amountAppliedFen, 12_000_000, "what is still outstanding")

        // Linked both ways: each case page names the other; only one's own case is a link.
        let (_, ownerDetail) = try await get("/api/v1/cases/\(owner.caseID)", token: judge)
        let sent = try XCTUnwrap(try json(ownerDetail)["entrustment"] as? [String: Any])
        XCTAssertEqual(sent["direction"] as? String, "sent")
        XCTAssertEqual(sent["caseNumber"] as? String, "（2026）沪0115执1号")
        XCTAssertNil(sent["href"] as? String, "the owner cannot open the entrusted court's case")
        let (_, newDetail) = try await get("/api/v1/cases/\(newID)", token: pudong)
        let received = try XCTUnwrap(try json(newDetail)["entrustment"] as? [String: Any])
        XCTAssertEqual(received["direction"] as? String, "received")
        XCTAssertEqual(received["caseNumber"] as? String, owner.number)

        let web = WebSession(app: app)
        try await web.logIn("judge.pudong")
        let page = try await web.get("/cases/\(newID)")
        XCTAssertTrue(page.body.contains("data-testid=\"entrustment\"") && page.body.contains(owner.number), "the case page shows the other case")
        // Documents in its own name.
        let issued = try await web.post("/cases/\(newID)/documents", form: ["kind": "enforcementNotice", "_csrf": page.csrf ?? ""])
        XCTAssertEqual(issued.status, .seeOther, issued.body)
        let document = try await web.get(issued.location ?? "")
        XCTAssertTrue(document.body.contains("上海市浦东新区人民法院"), "headed with the entrusted court's name")
        XCTAssertTrue(document.body.contains("（2026）沪0115执1号"))

        let again = try await accept(owner.entrustment, token: pudong)
        XCTAssertEqual(again.0, .conflict, "filed once: \(again.1)")
        XCTAssertTrue(again.1.contains("entrustment.already_filed"), again.1)
        let (emptyInbox, emptyBody) = try await get("/api/v1/entrustments", token: pudong)
        XCTAssertEqual(emptyInbox, .ok)
        XCTAssertEqual(emptyBody, "[]")
    }

    // MARK: - Art.1: the conditions, refused with the article and the field

    func test_art1_conditionsRefused_withFieldAndArticle_nothingWritten() async throws {
        let filed = try await fileCase()
        let judge = try await token("judge")
        let before = try await counts()
        let (sameProvince, body1) = try await entrust(filed.id, to: "京0106", token: judge)
        XCTAssertEqual(sameProvince, .badRequest)
        XCTAssertTrue(body1.contains("\"field\":\"courtCode\"") && body1.contains("《最高人民法院关于委托执行若干问题的规定》第一条第一款"), body1)
        let (otherLevel, body2) = try await entrust(filed.id, to: "沪01", token: judge)
        XCTAssertEqual(otherLevel, .badRequest)
        XCTAssertTrue(body2.contains("entrustment.level"), body2)
        let (propertyHere, body3) = try await entrust(filed.id, noPropertyHere: false, token: judge)
        XCTAssertEqual(propertyHere, .badRequest)
        XCTAssertTrue(body3.contains("\"field\":\"noPropertyInArea\""), body3)
        let (nothingElsewhere, body4) = try await entrust(filed.id, propertyElsewhere: false, token: judge)
        XCTAssertEqual(nothingElsewhere, .badRequest)
        XCTAssertTrue(body4.contains("\"field\":\"propertyInOtherProvince\""), body4)
        let after = try await counts()
        XCTAssertEqual(before, after, "nothing written")
        let (ok, _) = try await entrust(filed.id)
        XCTAssertEqual(ok, .created)
        let (twice, body5) = try await entrust(filed.id)
        XCTAssertEqual(twice, .conflict, "entrusted once: \(body5)")
        XCTAssertTrue(body5.contains("entrustment.pending"), body5)
    }

    func test_onlyTheOwningCourtEntrusts() async throws {
        let filed = try await fileCase()
        let (other, _) = try await entrust(filed.id, token: try await token("judge.fengtai"))
        XCTAssertEqual(other, .notFound, "another court does not see the case")
        let (superior, _) = try await entrust(filed.id, token: try await token("command"))
        XCTAssertEqual(superior, .forbidden, "a superior court's command centre sees the case but does not own it")
        let count = try await CaseEntrustment.query(on: app.db).count()
        XCTAssertEqual(count, 0)
    }

    // MARK: - Attacks: the entrusted court records nothing on the owner's case

    func test_entrustedCourt_cannotTouchTheOwnersCase_pendingOrFiled() async throws {
        let owner = try await entrusted()
        try await makeUser("head.pudong", role: .bureauHead, at: "沪0115")
        let head = try await token("head.pudong")
        let pudong = try await token("judge.pudong")
        let (teamStatus, teamBody) = try await post("/api/v1/teams", ["name": "浦东执行一组", "judge": "judge.pudong"], token: head)
        XCTAssertEqual(teamStatus, .created, teamBody)
        let pudongTeam = try XCTUnwrap(try json(teamBody)["id"] as? String)
        let web = WebSession(app: app)
        try await web.logIn("judge.pudong")
        let homePage = try await web.get("/home")
        let csrf = try XCTUnwrap(homePage.csrf)

        for stage in ["pending", "filed"] {
            if stage == "filed" {
                let (filed, body) = try await accept(owner.entrustment, token: pudong)
                XCTAssertEqual(filed, .created, body)
            }
            let before = try await counts()
            let v = try await version(owner.caseID)
            let attempts: [(String, [String: Any], String)] = [
                ("/api/v1/cases/\(owner.caseID)/team", ["teamId": pudongTeam, "version": v], head),
                ("/api/v1/cases/\(owner.caseID)/team", ["teamId": pudongTeam, "version": v], pudong),
                ("/api/v1/cases/\(owner.caseID)/links", ["kind": "objection", "broughtBy": "李强"], pudong),
                ("/api/v1/cases/\(owner.caseID)/links", ["kind": "restoration"], pudong),
                ("/api/v1/cases/\(owner.caseID)/links", ["kind": "assistance", "courtCode": "京0108"], pudong),
                ("/api/v1/cases/\(owner.caseID)/events", ["kind": "propertyInquiry", "date": "2026-11-10", "propertyFound": true, "version": v], pudong),
                ("/api/v1/cases/\(owner.caseID)/events", ["kind": "paymentReceived", "date": "2026-11-10", "amount": "100.00", "version": v], pudong),
                ("/api/v1/cases/\(owner.caseID)/entrust", ["courtCode": "沪0115", "noPropertyInArea": true, "propertyInOtherProvince": true, "version": v], pudong),
            ]
            for (path, body, token) in attempts {
                let (status, text) = try await post(path, body, token: token)
                XCTAssertEqual(status, .notFound, "\(stage): \(path) \(body): \(text)")
            }
            let (read, _) = try await get("/api/v1/cases/\(owner.caseID)", token: pudong)
            XCTAssertEqual(read, .notFound, "\(stage): not visible")
            let (list, listBody) = try await get("/api/v1/cases", token: pudong)
            XCTAssertEqual(list, .ok)
            XCTAssertFalse(listBody.contains(owner.caseID.uuidString), "\(stage): not in the entrusted court's list")
            let document = try await web.post("/cases/\(owner.caseID)/documents", form: ["kind": "enforcementNotice", "_csrf": csrf])
            XCTAssertEqual(document.status, .notFound, "\(stage): no document headed with the owner's name")
            let recorded = try await web.post("/cases/\(owner.caseID)/events", form: ["kind": "propertyInquiry", "date": "2026-11-10",
                                                                                        "version": "\(v)", "_csrf": csrf])
            XCTAssertEqual(recorded.status, .notFound)
            let page = try await web.get("/cases/\(owner.caseID)")
            XCTAssertEqual(page.status, .notFound)
            let after = try await counts()
            XCTAssertEqual(before, after, "\(stage): nothing written")
            let versionAfter = try await version(owner.caseID)
            XCTAssertEqual(versionAfter, v)
        }
    }

    // MARK: - The inbox is the entrusted court's alone

    func test_inbox_onlyTheEntrustedCourtsFilingStaff() async throws {
        let owner = try await entrusted()
        var tokens: [(String, String)] = []
        for username in ["judge.fengtai", "judge", "police", "bank", "admin", "command.spc"] { tokens.append((username, try await token(username))) }
        try await makeUser("bailiff.pudong", role: .judicialPolice, at: "沪0115")
        let bailiff = try await token("bailiff.pudong")
        let before = try await counts()
        for (username, t) in tokens {
            let (inbox, body) = try await get("/api/v1/entrustments", token: t)
            XCTAssertEqual(inbox, .ok)
            XCTAssertFalse(body.contains(owner.number), "\(username) sees nothing addressed to 沪0115")
            let (status, text) = try await accept(owner.entrustment, token: t)
            XCTAssertEqual(status, .notFound, "\(username): \(text)")
        }
        let (police, _) = try await accept(owner.entrustment, token: bailiff)
        XCTAssertEqual(police, .forbidden, "judicial police do not file cases")
        let open = try await EnforcementCase.find(owner.caseID, on: app.db)
        XCTAssertNotEqual(open?.status, "closed")
        let after = try await counts()
        XCTAssertEqual(before, after, "nothing written")
    }

    // MARK: - Pages offer only what may be done

    func test_pages_entrustFormForTheOwner_inboxForTheEntrustedCourt() async throws {
        let filed = try await fileCase()
        let judge = WebSession(app: app)
        try await judge.logIn("judge")
        let page = try await judge.get("/cases/\(filed.id)")
        XCTAssertTrue(page.body.contains("data-testid=\"entrust-form\""), "offered to the owning court")
        let sent = try await judge.post("/cases/\(filed.id)/entrust", form: ["courtCode": "沪0115", "noPropertyInArea": "on",
                                                                             "propertyInOtherProvince": "on", "version": "\(try await version(filed.id))",
                                                                             "_csrf": page.csrf ?? ""])
        XCTAssertEqual(sent.status, .seeOther, sent.body)
        let after = try await judge.get("/cases/\(filed.id)")
        XCTAssertFalse(after.body.contains("data-testid=\"entrust-form\""), "entrusted once: no form")
        XCTAssertTrue(after.body.contains("data-testid=\"entrustment\""))

        let pudong = WebSession(app: app)
        try await pudong.logIn("judge.pudong")
        let home = try await pudong.get("/home")
        XCTAssertTrue(home.body.contains("/entrustments"), "the home page links the inbox")
        let inbox = try await pudong.get("/entrustments")
        XCTAssertTrue(inbox.body.contains(filed.number) && inbox.body.contains("data-testid=\"accept-entrustment\""), inbox.body)
        let accepted = try await pudong.post(try XCTUnwrap(inbox.body.range(of: "/entrustments/[0-9A-F-]+/accept", options: .regularExpression)
            .map { String(inbox.body[$0]) }), form: ["_csrf": inbox.csrf ?? ""])
        XCTAssertEqual(accepted.status, .seeOther, accepted.body)
        let newPage = try await pudong.get(accepted.location ?? "")
        XCTAssertTrue(newPage.body.contains("沪0115执"), newPage.body)
    }
}
