import Fluent
import Vapor
import ZhixingCore

/// One whole-case entrustment in the demo data (委托执行, Entrusted Enforcement Provisions 2011 Art.1-2), so
/// that the entrusted court's inbox is not empty on a fresh demo: the 京0105 judge entrusts an open 执 case to
/// 沪0115 (a basic court in another province) with the two Art.1 para.1 findings, through the same service
/// the page and the API use; it waits in 沪0115's inbox for its filing staff. Idempotent: nothing is done once
/// any entrustment exists, or when the demo courts, the judge or a suitable case are missing.
enum DemoEntrustments {
    static let fromCourt = "京0105"
    static let toCourt = "沪0115"

    @discardableResult
    static func seed(on app: Application) async throws -> Bool {
        let db = app.db
        guard try await CaseEntrustment.query(on: db).count() == 0,
              let court = try await Organisation.query(on: db).filter(\.$code == fromCourt).first(), let courtID = court.id,
              let judge = try await User.query(on: db).filter(\.$username == "judge").filter(\.$organisation.$id == courtID).first(),
              let actor = try await CurrentUser.load(userID: try judge.requireID(), on: db)
        else { return false }
        // The oldest open implementation case of the court with nothing received: the kind of case that is entrusted.
        let candidates = try await EnforcementCase.query(on: db).filter(\.$court.$id == courtID)
            .filter(\.$status != CaseStatus.closed.rawValue).filter(\.$typeCode == CaseType.enforcement.rawValue)
            .filter(\.$amountReceivedFen == 0).sort(\.$filedOn).sort(\.$caseNumber).limit(20).all()
        for candidate in candidates {
            let input = Entrustments.Input(courtCode: toCourt, noPropertyInArea: true, propertyInOtherProvince: true,
                                           date: nil, note: "被执行人在上海市浦东新区有房产（演示数据）", version: candidate.version)
            do {
                _ = try await Entrustments.entrust(try candidate.requireID(), input, as: actor, effects: app.effects, on: db)
                return true
            } catch let error as AppError where error.status == .conflict {
                continue  // the core refused this case in its state (e.g. an objection pending): try the next
            }
        }
        return false
    }
}
