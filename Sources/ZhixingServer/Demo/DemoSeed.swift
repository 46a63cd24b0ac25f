import Fluent
import Vapor
import ZhixingCore

/// Demo data for `zhixing serve --demo`: the court directory, a police office, a procuratorate, a bank
/// and a street office under the Chaoyang court, and one user per role. Idempotent.
enum DemoSeed {
    static let password = "zhixing-demo-1"

    struct Account: Sendable {
        let username: String
        let displayName: String
        let role: Role
        let organisationCode: String
    }

    struct ExtraOrganisation: Sendable {
        let code: String
        let kind: OrganisationKind
        let nameZh: String
        let nameEn: String
        let underCourt: String
        /// Made-up contact details for the demo (marked as such): not the real office's.
        let address: String
        let phone: String
    }

    static let organisations: [ExtraOrganisation] = [
        .init(code: "公安-京0105", kind: .police, nameZh: "北京市公安局朝阳分局", nameEn: "Chaoyang Branch, Beijing Public Security Bureau", underCourt: "京0105",
              address: "北京市朝阳区演示路1号（演示地址）", phone: "010-0000-0110"),
        .init(code: "检察-京0105", kind: .procuratorate, nameZh: "北京市朝阳区人民检察院", nameEn: "Beijing Chaoyang District People's Procuratorate", underCourt: "京0105",
              address: "北京市朝阳区演示路2号（演示地址）", phone: "010-0000-0120"),
        .init(code: "银行-演示-京", kind: .financialInstitution, nameZh: "演示银行北京分行", nameEn: "Demo Bank, Beijing Branch", underCourt: "京",
              address: "北京市西城区演示大街3号（演示地址）", phone: "010-0000-0130"),
        .init(code: "网格-京0105-三里屯", kind: .governance, nameZh: "朝阳区三里屯街道办事处", nameEn: "Sanlitun Subdistrict Office, Chaoyang", underCourt: "京0105",
              address: "北京市朝阳区三里屯演示巷4号（演示地址）", phone: "010-0000-0140"),
    ]

    /// One account per role, plus a few at other courts to show how access follows the hierarchy.
    static let accounts: [Account] = [
        .init(username: "judge", displayName: "王立新", role: .enforcementJudge, organisationCode: "京0105"),
        .init(username: "assistant", displayName: "李晓雯", role: .assistantJudge, organisationCode: "京0105"),
        .init(username: "bailiff", displayName: "赵刚", role: .judicialPolice, organisationCode: "京0105"),
        .init(username: "clerk", displayName: "陈静", role: .clerk, organisationCode: "京0105"),
        .init(username: "head", displayName: "刘建国", role: .bureauHead, organisationCode: "京0105"),
        .init(username: "command", displayName: "孙明", role: .commandOperator, organisationCode: "京03"),
        .init(username: "committee", displayName: "周慧", role: .compensationCommittee, organisationCode: "京03"),
        .init(username: "police", displayName: "吴强", role: .policeOfficer, organisationCode: "公安-京0105"),
        .init(username: "procurator", displayName: "郑洁", role: .procurator, organisationCode: "检察-京0105"),
        .init(username: "grid", displayName: "何芳", role: .gridManager, organisationCode: "网格-京0105-三里屯"),
        .init(username: "bank", displayName: "演示银行接口", role: .institution, organisationCode: "银行-演示-京"),
        .init(username: "admin", displayName: "系统管理员", role: .administrator, organisationCode: "最高法"),
        .init(username: "judge.fengtai", displayName: "马丽", role: .enforcementJudge, organisationCode: "京0106"),
        .init(username: "command.bj", displayName: "高远", role: .commandOperator, organisationCode: "京"),
        .init(username: "judge.pudong", displayName: "徐磊", role: .enforcementJudge, organisationCode: "沪0115"),
        .init(username: "command.spc", displayName: "林峰", role: .commandOperator, organisationCode: "最高法"),
    ]

    /// Seeds everything that is missing. Returns the accounts for printing.
    @discardableResult
    static func run(on app: Application) async throws -> [Account] {
        let db = app.db
        let now = app.effects.clock.now()
        let csvPath = app.directory.resourcesDirectory + "Data/courts.csv"
        if try await Organisation.query(on: db).filter(\.$code == "最高法").first() == nil {
            guard let data = FileManager.default.contents(atPath: csvPath) else {
                throw AppError(status: .internalServerError, code: "demo.courts", message: .init(zh: "缺少法院名录文件", en: "Court data file missing"))
            }
            let summary = try await CourtImport.run(csv: String(decoding: data, as: UTF8.self), actor: .system("demo"), at: now, on: db)
            if let first = summary.errors.first {
                throw AppError(status: .internalServerError, code: "demo.courts",
                               message: .init(zh: "法院名录有误：\(first)", en: "Court data file invalid: \(first)"))
            }
        }
        for extra in organisations {
            guard try await Organisation.query(on: db).filter(\.$code == extra.code).first() == nil,
                  let court = try await Organisation.query(on: db).filter(\.$code == extra.underCourt).first() else { continue }
            let path = OrganisationPlace.path(code: extra.code, under: court.path)
            try await db.writeTransaction { tx in
                let org = Organisation(kind: extra.kind, code: extra.code, nameZh: extra.nameZh, nameEn: extra.nameEn,
                                       level: nil, parentID: court.id, path: path)
                org.address = extra.address
                org.phone = extra.phone
                try await org.create(on: tx)
                try await AuditLog.append(on: tx, at: now, actor: .system("demo"), action: "organisation.create", entity: "organisation",
                                          entityID: extra.code, ownerPath: path, changes: ["name_zh": .init(from: nil, to: extra.nameZh),
                                                                             "address": .init(from: nil, to: extra.address),
                                                                             "phone": .init(from: nil, to: extra.phone)])
            }
        }
        let hash = try await app.effects.passwords.hash(password)
        for account in accounts {
            guard try await User.query(on: db).filter(\.$username == account.username).first() == nil,
                  let org = try await Organisation.query(on: db).filter(\.$code == account.organisationCode).first(),
                  let orgID = org.id else { continue }
            try await db.writeTransaction { tx in
                let user = User(username: account.username, displayName: account.displayName, passwordHash: hash,
                                role: account.role, organisationID: orgID)
                try await user.create(on: tx)
                try await AuditLog.append(on: tx, at: now, actor: .system("demo"), action: "user.create", entity: "user",
                                          entityID: try user.requireID().uuidString, ownerPath: org.path,
                                          changes: ["username": .init(from: nil, to: account.username), "role": .init(from: nil, to: account.role.rawValue)])
            }
        }
        return accounts
    }

    static func loginTable() -> String {
        var lines = ["Demo log-ins (password for all: \(password))", ""]
        for account in accounts {
            lines.append("  " + account.username.padding(toLength: 15, withPad: " ", startingAt: 0)
                         + account.role.name.en.padding(toLength: 32, withPad: " ", startingAt: 0) + account.organisationCode)
        }
        return lines.joined(separator: "\n")
    }
}
