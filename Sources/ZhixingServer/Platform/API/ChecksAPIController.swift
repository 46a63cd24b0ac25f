import Vapor
import ZhixingCore

/// `POST /api/v1/checks`: validates identity numbers, credit codes, case numbers, amounts and dates
/// as forms do before they submit, and says what each one holds. Any invalid value is a 400 naming
/// its field; nothing is stored.
struct ChecksAPIController {
    struct Input: Content {
        let identityNumber: String?
        let creditCode: String?
        let caseNumber: String?
        let amount: String?
        let date: String?
    }

    struct Output: Content {
        var identityNumber: IdentityResult?
        var creditCode: CreditCodeResult?
        var caseNumber: CaseNumberResult?
        var amount: AmountResult?
        var date: String?
    }

    struct IdentityResult: Content {
        let value: String
        let birthDate: String
        let sex: String
        let regionCode: String
        let masked: String
    }

    struct CreditCodeResult: Content {
        let value: String
        let registrationAuthority: String
        let divisionCode: String
    }

    struct CaseNumberResult: Content {
        let formatted: String
        let year: Int
        let court: String
        let type: String
        let typeNameZh: String
        let typeNameEn: String
        let serial: Int
    }

    struct AmountResult: Content {
        let value: String
        let fen: Int64
        let chineseUppercase: String
    }

    func register(_ routes: any RoutesBuilder) {
        routes.post(path: Paths.API.checks, use: check)
    }

    @Sendable func check(req: Request) async throws -> Output {
        let input = try req.content.decode(Input.self)
        var out = Output()
        if let text = input.identityNumber {
            let id = try ResidentID(parsing: text, field: "identityNumber")
            out.identityNumber = IdentityResult(value: id.value, birthDate: id.birthDate.iso, sex: id.sex.rawValue,
                                                regionCode: id.regionCode, masked: id.maskedForParties)
        }
        if let text = input.creditCode {
            let code = try CreditCode(parsing: text, field: "creditCode")
            out.creditCode = CreditCodeResult(value: code.value, registrationAuthority: code.registrationAuthority.rawValue,
                                              divisionCode: code.divisionCode)
        }
        if let text = input.caseNumber {
            let number = try CaseNumber(parsing: text, field: "caseNumber")
            out.caseNumber = CaseNumberResult(formatted: number.description, year: number.year, court: number.court.description,
                                              type: number.type.rawValue, typeNameZh: number.type.nameZh,
                                              typeNameEn: number.type.nameEn, serial: number.serial)
        }
        if let text = input.amount {
            let money = try Money(parsing: text, field: "amount")
            out.amount = AmountResult(value: money.description, fen: money.fen, chineseUppercase: money.chineseUppercase)
        }
        if let text = input.date {
            out.date = try InputBounds.date(text, field: "date").iso
        }
        return out
    }
}
