import Testing
@testable import ZhixingCore

/// `AccessPolicy.may`: every role × every case action, on a case of the user's own court, of a court
/// below it, and of another province's court.
@Suite("Access: who may do what to a court's cases")
struct AccessPolicyCaseActionTests {
    private let policy = AccessPolicy()
    private let chaoyang = OrganisationPlace(id: "京0105", path: "/最高法/京/京03/京0105/")
    private let beijingNo3 = OrganisationPlace(id: "京03", path: "/最高法/京/京03/")
    private let pudong = OrganisationPlace(id: "沪0115", path: "/最高法/沪/沪01/沪0115/")
    private let supreme = OrganisationPlace(id: "最高法", path: "/最高法/")
    private let police = OrganisationPlace(id: "公安-京0105", path: "/最高法/京/京03/京0105/公安-京0105/")

    private func actor(_ role: Role, at place: OrganisationPlace? = nil) -> Actor {
        let kind = role.allowedOrganisationKinds.first ?? .court
        let home = place ?? (kind == .court ? chaoyang : police)
        return Actor(role: role, organisation: home, organisationKind: kind)
    }

    private func may(_ actor: Actor, _ action: CaseAction, _ owner: OrganisationPlace) -> AccessDecision {
        policy.may(actor, action, on: CaseRecordPlace(owner: owner))
    }

    /// What each role may do on its own court's case (court roles) — the table the server asks.
    private let expected: [Role: Set<CaseAction>] = [
        .enforcementJudge: [.read, .file, .recordEvent, .issueDocument, .assignTeam, .openLinkedCase, .entrust, .fileEntrustment],
        .assistantJudge: [.read, .file, .recordEvent, .issueDocument, .openLinkedCase, .fileEntrustment],
        .judicialPolice: [.read, .recordEvent, .issueDocument, .openLinkedCase],
        .clerk: [.read, .file, .recordEvent, .issueDocument, .openLinkedCase, .fileEntrustment],
        .bureauHead: Set(CaseAction.allCases),
        .commandOperator: [.read],
        .compensationCommittee: [.read],
        .administrator: [.read],
    ]

    @Test("Own court: each role may exactly its actions; the rest is 403, never 404")
    func ownCourt_roleByAction() {
        for (role, allowed) in expected {
            for action in CaseAction.allCases {
                let decision = may(actor(role), action, chaoyang)
                #expect(decision == (allowed.contains(action) ? .allowed : .forbidden), "\(role) \(action)")
            }
        }
    }

    @Test("Issue 8, 1.8: administrators administer users and do no case work")
    func administrator_readsOnly() {
        for place in [chaoyang, supreme] {
            let admin = actor(.administrator, at: place)
            #expect(may(admin, .read, chaoyang) == .allowed)
            for action in CaseAction.allCases where action != .read {
                #expect(may(admin, action, place) == .forbidden, "\(action)")
            }
        }
    }

    @Test("Another court's case is not visible at all: 404 for every role and action")
    func otherCourt_notVisible() {
        for role in Role.allCases {
            let someone = actor(role, at: role.allowedOrganisationKinds.contains(.court) ? pudong : police)
            for action in CaseAction.allCases {
                #expect(may(someone, action, chaoyang) == .notVisible, "\(role) \(action)")
            }
        }
    }

    @Test("A superior court sees a lower court's case (command, Outline 2019-2023) but works on none of it")
    func superiorCourt_readsButDoesNoWork() {
        for role in [Role.bureauHead, .commandOperator] {
            let above = actor(role, at: beijingNo3)
            #expect(may(above, .read, chaoyang) == .allowed)
            for action in CaseAction.allCases where action != .read {
                #expect(may(above, action, chaoyang) == .forbidden, "\(role) \(action)")
            }
        }
        // The same-court judge of a superior court does not even see it.
        #expect(may(actor(.enforcementJudge, at: beijingNo3), .read, chaoyang) == .notVisible)
    }

    @Test("Police, procurators, grid managers and institutions see no court's case")
    func otherInstitutions_notVisible() {
        for role in [Role.policeOfficer, .procurator, .gridManager, .institution] {
            for action in CaseAction.allCases {
                #expect(may(actor(role), action, chaoyang) == .notVisible, "\(role) \(action)")
            }
        }
    }

    @Test("Entrusted Enforcement Provisions 2011 Art.2 para.1: the entrusted court files the entrustment at its own court only")
    func fileEntrustment_ownCourtOnly() {
        #expect(may(actor(.clerk, at: pudong), .fileEntrustment, pudong) == .allowed)
        #expect(may(actor(.judicialPolice, at: pudong), .fileEntrustment, pudong) == .forbidden)
        #expect(may(actor(.clerk, at: chaoyang), .fileEntrustment, pudong) == .notVisible)
    }

    @Test("The role sets answer `roles(for:)`: reading is for everyone who sees")
    func roleSets() {
        #expect(AccessPolicy.roles(for: .read) == nil)
        #expect(AccessPolicy.roles(for: .file) == AccessPolicy.filingRoles)
        #expect(AccessPolicy.roles(for: .recordEvent) == AccessPolicy.workingRoles)
        #expect(AccessPolicy.roles(for: .entrust) == [.enforcementJudge, .bureauHead])
        #expect(!AccessPolicy.workingRoles.contains(.administrator) && !AccessPolicy.filingRoles.contains(.administrator))
    }
}
