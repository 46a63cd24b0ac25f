import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// Access follows the court hierarchy (issue #2, item 4). The records here are user accounts, the
/// court-owned records that exist at this stage; cases will be filtered by the same `AccessScope`.
///
/// Real supervision in Beijing (docs/courts.md): 朝阳 京0105 is under the No.3 intermediate court
/// 京03; 丰台 京0106 under the No.2, 京02; the No.1, 京01, supervises 海淀 京0108 and others.
final class AccessTests: AppTestCase {
    func test_judge_京0105_cannotRead_京0106_record() async throws {
        let token = try await token("judge")
        let fengtai = try await userID("judge.fengtai")
        let (status, body) = try await get("/api/v1/users/\(fengtai)", token: token)
        XCTAssertEqual(status, .notFound)
        XCTAssertTrue(body.contains("\"not_found\""))
    }

    func test_judge_readsOwnCourtRecord() async throws {
        let token = try await token("judge")
        let clerk = try await userID("clerk")
        let (status, body) = try await get("/api/v1/users/\(clerk)", token: token)
        XCTAssertEqual(status, .ok)
        XCTAssertTrue(body.contains("京0105"))
    }

    func test_commandOperator_京02_reads_京0106_record() async throws {
        try await makeUser("command.jing02", role: .commandOperator, at: "京02")
        let token = try await token("command.jing02")
        let fengtai = try await userID("judge.fengtai")
        let (status, _) = try await get("/api/v1/users/\(fengtai)", token: token)
        XCTAssertEqual(status, .ok)
    }

    func test_commandOperator_京01_reads_its_own_basic_courts_but_not_京0106() async throws {
        try await makeUser("command.jing01", role: .commandOperator, at: "京01")
        try await makeUser("judge.haidian", role: .enforcementJudge, at: "京0108")
        let token = try await token("command.jing01")
        let haidian = try await userID("judge.haidian")
        let fengtai = try await userID("judge.fengtai")
        let (below, _) = try await get("/api/v1/users/\(haidian)", token: token)
        XCTAssertEqual(below, .ok, "京01 supervises 海淀 京0108")
        let (across, _) = try await get("/api/v1/users/\(fengtai)", token: token)
        XCTAssertEqual(across, .notFound, "丰台 京0106 is under 京02, not 京01")
    }

    func test_beijingHighCourtCommand_readsEveryBeijingCourt_notShanghai() async throws {
        let token = try await token("command.bj")
        let fengtai = try await userID("judge.fengtai")
        let pudong = try await userID("judge.pudong")
        let (bj, _) = try await get("/api/v1/users/\(fengtai)", token: token)
        XCTAssertEqual(bj, .ok)
        let (sh, _) = try await get("/api/v1/users/\(pudong)", token: token)
        XCTAssertEqual(sh, .notFound)
    }

    func test_shanghaiUser_cannotRead_京0106_record() async throws {
        try await makeUser("command.hu", role: .commandOperator, at: "沪")
        for username in ["judge.pudong", "command.hu"] {
            let token = try await token(username)
            let fengtai = try await userID("judge.fengtai")
            let (status, _) = try await get("/api/v1/users/\(fengtai)", token: token)
            XCTAssertEqual(status, .notFound, username)
        }
    }

    func test_onlySupremeCourt_seesAcrossProvinces() async throws {
        let token = try await token("command.spc")
        for username in ["judge.fengtai", "judge.pudong", "police"] {
            let id = try await userID(username)
            let (status, _) = try await get("/api/v1/users/\(id)", token: token)
            XCTAssertEqual(status, .ok, username)
        }
    }

    func test_missingAndHiddenRecords_lookTheSame() async throws {
        let token = try await token("judge")
        let fengtai = try await userID("judge.fengtai")
        let (hidden, hiddenBody) = try await get("/api/v1/users/\(fengtai)", token: token)
        let (missing, missingBody) = try await get("/api/v1/users/\(UUID())", token: token)
        XCTAssertEqual(hidden, missing)
        XCTAssertEqual(hiddenBody, missingBody)
    }

    func test_police_seesOnlyOwnOffice_notTheCourt() async throws {
        try await makeUser("police2", role: .policeOfficer, at: "公安-京0105")
        let token = try await token("police")
        let colleague = try await userID("police2")
        let judge = try await userID("judge")
        let (own, _) = try await get("/api/v1/users/\(colleague)", token: token)
        XCTAssertEqual(own, .ok)
        let (court, _) = try await get("/api/v1/users/\(judge)", token: token)
        XCTAssertEqual(court, .notFound)
    }

    func test_listing_isFilteredByScope() async throws {
        let judgeToken = try await token("judge")
        let (_, body) = try await get("/api/v1/users?per=200", token: judgeToken)
        XCTAssertTrue(body.contains("\"clerk\""))
        XCTAssertFalse(body.contains("judge.fengtai"))
        XCTAssertFalse(body.contains("judge.pudong"))
        let bjToken = try await token("command.bj")
        let (_, bjBody) = try await get("/api/v1/users?per=200", token: bjToken)
        XCTAssertTrue(bjBody.contains("judge.fengtai"))
        XCTAssertFalse(bjBody.contains("judge.pudong"))
    }

    func test_policy_scopes_byRole() {
        let policy = AccessPolicy()
        let chaoyang = OrganisationPlace(id: "a", path: "/最高法/京/京03/京0105/")
        let spc = OrganisationPlace(id: "s", path: "/最高法/")
        XCTAssertEqual(policy.scope(role: .enforcementJudge, organisation: chaoyang), .organisation("a"))
        XCTAssertEqual(policy.scope(role: .commandOperator, organisation: chaoyang), .subtree(pathPrefix: "/最高法/京/京03/京0105/"))
        XCTAssertEqual(policy.scope(role: .commandOperator, organisation: spc), .everything)
        XCTAssertEqual(policy.scope(role: .enforcementJudge, organisation: spc), .organisation("s"),
                       "an SPC judge sees the SPC's own records, not every court's")
        // A sibling whose code shares a prefix is not inside the subtree.
        let scope = policy.scope(role: .commandOperator, organisation: OrganisationPlace(id: "b", path: "/最高法/京/京01/"))
        XCTAssertFalse(policy.allows(scope, owner: OrganisationPlace(id: "c", path: "/最高法/京/京010/")))
    }
}
