import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// The filing form that forgives (issue 9, item 4): several applicants, debtors and agents; a person's or an
/// organisation's fields by the kind chosen; a bad field shows the form again with everything typed, the field marked
/// and a message naming its label — never a path, never a bare error page.
final class FilingFormTests: AppTestCase {
    /// A filing as the page sends it: one applicant (an organisation), two debtors (persons), an agent for debtor 2.
    static func form(csrf: String) -> [String: String] {
        [
            "_csrf": csrf, "basisKind": "civilJudgment", "basisIssuingBody": "北京市朝阳区人民法院",
            "basisDocumentNumber": "（2026）京0105民初88号", "basisEffectiveOn": "2026-10-01", "basisAmountAwarded": "50000",
            "basisObligations": "", "amountApplied": "50000", "filedOn": "2026-11-02", "firstInstance": "on",
            "applicantRows": "1",
            "applicantKind": "organisation", "applicantName": "北京恒信达商贸有限公司", "applicantCreditCode": "914403001922038216",
            "applicantRepresentative": "张伟", "applicantPhone": "010-85550000", "applicantAddress": "北京市朝阳区建国路1号",
            "applicantIdentityNumber": "", "applicant2Kind": "naturalPerson", "applicant2Name": "", "applicant2IdentityNumber": "",
            "debtorRows": "2",
            "debtorKind": "naturalPerson", "debtorName": "李强", "debtorIdentityNumber": "110105198001011238",
            "debtor2Kind": "naturalPerson", "debtor2Name": "王芳", "debtor2IdentityNumber": "11010519491231002X",
            "debtor3Kind": "naturalPerson", "debtor3Name": "",
            "agentRows": "0", "agentName": "赵律师", "agentIdentityNumber": "110105198001011238", "agentPhone": "13900000000",
            "agentActsFor": "debtor2",
        ]
    }

    func cases() async throws -> Int { try await EnforcementCase.query(on: app.db).count() }

    // MARK: - Filing several parties

    func test_severalParties_areFiled_inOrder_withTheAgentForTheirParty() async throws {
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let page = try await web.get("/cases/new")
        XCTAssertEqual(page.status, .ok)
        var form = Self.form(csrf: page.csrf ?? "")
        form["applicant2Name"] = "陈敏"
        form["applicant2IdentityNumber"] = "110105198001011238"
        let filed = try await web.post("/cases", form: form)
        XCTAssertEqual(filed.status, .seeOther, filed.body)
        let id = try XCTUnwrap(filed.location.flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
        let rows = try await CaseParty.query(on: app.db).filter(\.$enforcementCase.$id == id).sort(\.$position).all()
        XCTAssertEqual(rows.map(\.role), ["applicant", "applicant", "debtor", "debtor", "agent"])
        XCTAssertEqual(rows.map(\.name), ["北京恒信达商贸有限公司", "陈敏", "李强", "王芳", "赵律师"])
        XCTAssertEqual(rows[4].agentFor, rows[3].id, "the agent acts for debtor 2, as chosen")
        XCTAssertEqual(rows[4].identityNumber, "110105198001011238")
        XCTAssertEqual(rows[4].phone, "13900000000")
        XCTAssertNil(rows[0].identityNumber, "an organisation's identity-number field is not read")
        XCTAssertEqual(rows[0].legalRepresentative, "张伟")
    }

    func test_addAnother_showsOneMoreRow_keepsEverything_writesNothing() async throws {
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let page = try await web.get("/cases/new")
        let before = try await cases()
        var form = Self.form(csrf: page.csrf ?? "")
        form["add"] = "debtor"
        let again = try await web.post("/cases", form: form)
        XCTAssertEqual(again.status, .ok)
        XCTAssertTrue(again.body.contains("name=\"debtorRows\" value=\"3\""), "the blank spare row became debtor 3")
        XCTAssertTrue(again.body.contains("id=\"debtor3Name\" name=\"debtor3Name\" type=\"text\" value=\"\" aria-required=\"true\" autocomplete=\"off\" autofocus"),
                      "the added row takes the focus")
        XCTAssertTrue(again.body.contains("data-testid=\"spare-debtor4\""), "and a new spare row")
        XCTAssertFalse(again.body.contains("role=\"alert\""), "adding a row is not an error")
        assertFormKeeps(again.body, form)
        let after = try await cases()
        XCTAssertEqual(after, before)
    }

    func test_blankRows_areLeftOut_andAnAgentFollowsItsPartyToItsNewPlace() async throws {
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let page = try await web.get("/cases/new")
        var form = Self.form(csrf: page.csrf ?? "")
        // Debtor 1 left blank, debtor 2 typed: debtor 2 is filed as the first debtor, and its agent with it.
        form["debtorName"] = " "
        form["debtorIdentityNumber"] = ""
        let filed = try await web.post("/cases", form: form)
        XCTAssertEqual(filed.status, .seeOther, filed.body)
        let id = try XCTUnwrap(filed.location.flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
        let rows = try await CaseParty.query(on: app.db).filter(\.$enforcementCase.$id == id).sort(\.$position).all()
        XCTAssertEqual(rows.map(\.name), ["北京恒信达商贸有限公司", "王芳", "赵律师"])
        XCTAssertEqual(rows[2].agentFor, rows[1].id)
    }

    // MARK: - A bad field

    func test_badIdentityNumber_andBadAmount_showTheFormAgain_everyValueKept_bothFieldsMarkedAndNamed() async throws {
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let page = try await web.get("/cases/new")
        let before = try await cases()
        var form = Self.form(csrf: page.csrf ?? "")
        form["debtor2IdentityNumber"] = "110105194912310021"  // check digit should be X
        form["amountApplied"] = "12.345"
        // Chinese, full-width and odd whitespace, quotes and angle brackets are shown back exactly as typed.
        form["debtorName"] = "  李　强\t"
        form["applicantAddress"] = "北京市\"朝阳区\" <建国路> 1号 & 2号 '东'"
        let again = try await web.post("/cases", form: form)
        XCTAssertEqual(again.status, .badRequest)
        assertFormKeeps(again.body, form)
        for (id, label) in [("debtor2IdentityNumber", "第2位被执行人的居民身份证号码"), ("amountApplied", "申请执行金额")] {
            XCTAssertTrue(again.body.contains("aria-invalid=\"true\" aria-describedby=\"\(id)-error\""), "\(id) is not marked")
            XCTAssertTrue(again.body.contains("<p class=\"field-error\" id=\"\(id)-error\">\(label)："), "\(id)'s message does not name \(label)")
            XCTAssertTrue(again.body.contains("<a href=\"#\(id)\">\(label)："), "the summary does not link to \(id)")
        }
        XCTAssertTrue(again.body.contains("校验码不符"), "the core's reason is given")
        XCTAssertTrue(again.body.contains("role=\"alert\""))
        XCTAssertTrue(again.body.contains("有 2 处需要更正"))
        XCTAssertFalse(again.body.contains("debtors[1]"), "no path on the page")
        XCTAssertFalse(again.body.contains("amountApplied："), "no field name in a message")
        do { let value = try await cases(); XCTAssertEqual(value, before, "nothing is written") }

        // Corrected, and filed.
        form["debtor2IdentityNumber"] = "11010519491231002X"
        form["amountApplied"] = "50000"
        form["_csrf"] = again.csrf ?? ""
        let filed = try await web.post("/cases", form: form)
        XCTAssertEqual(filed.status, .seeOther, filed.body)
        do { let value = try await cases(); XCTAssertEqual(value, before + 1) }
    }

    func test_englishPage_namesTheFieldInEnglish() async throws {
        let web = WebSession(app: app)
        web.acceptLanguage = "en"
        try await web.logIn("clerk")
        let page = try await web.get("/cases/new")
        var form = Self.form(csrf: page.csrf ?? "")
        form["debtor2IdentityNumber"] = "110105194912310021"
        form["applicantName"] = ""
        let again = try await web.post("/cases", form: form)
        XCTAssertEqual(again.status, .badRequest)
        XCTAssertTrue(again.body.contains("Debtor 2, identity number: the check digit of the resident identity number does not match"), again.body)
        XCTAssertTrue(again.body.contains("Applicant 1, name: this field is required"))
        XCTAssertFalse(again.body.contains("Required field missing"), "not the API's words with a path")
        XCTAssertFalse(again.body.contains("校验码"), "no Chinese message on the English page")
    }

    /// CPL 2023 Art.51 para.2: an organisation acts through its legal representative; a natural person is known by
    /// the resident identity number. Only the chosen kind's fields are read.
    func test_kindDecidesWhichFieldsAreChecked() async throws {
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let page = try await web.get("/cases/new")
        var form = Self.form(csrf: page.csrf ?? "")
        // An organisation without its representative; a bad identity number typed into it is not its field.
        form["applicantRepresentative"] = ""
        form["applicantIdentityNumber"] = "123"
        // A person: a bad credit code typed into them is ignored.
        form["debtorCreditCode"] = "XYZ"
        let again = try await web.post("/cases", form: form)
        XCTAssertEqual(again.status, .badRequest)
        XCTAssertTrue(again.body.contains("第1位申请执行人的法定代表人或负责人：此项必填"))
        XCTAssertFalse(again.body.contains("aria-describedby=\"applicantIdentityNumber-error\""))
        XCTAssertFalse(again.body.contains("aria-describedby=\"debtorCreditCode-error\""))
        XCTAssertTrue(again.body.contains("有 1 处需要更正"))
        assertFormKeeps(again.body, form)

        form["applicantRepresentative"] = "张伟"
        form["_csrf"] = again.csrf ?? ""
        let filed = try await web.post("/cases", form: form)
        XCTAssertEqual(filed.status, .seeOther, filed.body)
        let id = try XCTUnwrap(filed.location.flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
        let rows = try await CaseParty.query(on: app.db).filter(\.$enforcementCase.$id == id).sort(\.$position).all()
        XCTAssertNil(rows[0].identityNumber)
        XCTAssertNil(rows[1].creditCode)
    }

    func test_agentWithoutWhomTheyActFor_isNamed() async throws {
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let page = try await web.get("/cases/new")
        var form = Self.form(csrf: page.csrf ?? "")
        form["agentActsFor"] = ""
        form["agentIdentityNumber"] = "11010519800101123"
        let again = try await web.post("/cases", form: form)
        XCTAssertEqual(again.status, .badRequest)
        XCTAssertTrue(again.body.contains("第1位委托代理人的被代理人：此项必填"), again.body)
        XCTAssertTrue(again.body.contains("第1位委托代理人的居民身份证号码：居民身份证号码应为 18 位"))
        XCTAssertTrue(again.body.contains("name=\"agentRows\" value=\"1\""), "the typed spare agent is a row of its own now")
    }

    /// The core's refusal (Interpretation [2022] No.3 Art.2 item 1: no more than the basis awards) names its field too.
    func test_sumBeyondTheBasis_isNamedOnTheField() async throws {
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let page = try await web.get("/cases/new")
        var form = Self.form(csrf: page.csrf ?? "")
        form["amountApplied"] = "60000"
        let again = try await web.post("/cases", form: form)
        XCTAssertEqual(again.status, .badRequest)
        XCTAssertTrue(again.body.contains("<a href=\"#amountApplied\">申请执行金额："), again.body)
        assertFormKeeps(again.body, form)
    }

    // MARK: - Attacks

    func test_someoneWhoMayNotFile_isRefused_andNothingIsWritten() async throws {
        let before = try await cases()
        for username in ["police", "bailiff"] {
            let web = WebSession(app: app)
            try await web.logIn(username)
            let home = try await web.get("/home")
            let posted = try await web.post("/cases", form: Self.form(csrf: home.csrf ?? ""))
            XCTAssertTrue([.forbidden, .notFound].contains(posted.status), "\(username): \(posted.status)")
        }
        do { let value = try await cases(); XCTAssertEqual(value, before) }
    }

    func test_aCourtSentWithTheForm_isIgnored_theCaseIsTheFilersCourts() async throws {
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let page = try await web.get("/cases/new")
        let other = try await Organisation.query(on: app.db).filter(\.$code == "京0106").first()
        var form = Self.form(csrf: page.csrf ?? "")
        form["court"] = other?.id?.uuidString ?? ""
        form["organisationID"] = other?.id?.uuidString ?? ""
        let filed = try await web.post("/cases", form: form)
        XCTAssertEqual(filed.status, .seeOther, filed.body)
        let id = try XCTUnwrap(filed.location.flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
        let row = try await EnforcementCase.query(on: app.db).filter(\.$id == id).with(\.$court).first()
        XCTAssertEqual(row?.court.code, "京0105")
        XCTAssertTrue(row?.caseNumber.contains("京0105执") ?? false)
    }

    func test_tooManyRows_areCapped_notAnError() async throws {
        let web = WebSession(app: app)
        try await web.logIn("clerk")
        let page = try await web.get("/cases/new")
        var form = Self.form(csrf: page.csrf ?? "")
        form["debtorRows"] = "100000"
        form["add"] = "debtor"
        let again = try await web.post("/cases", form: form)
        XCTAssertEqual(again.status, .ok)
        XCTAssertTrue(again.body.contains("name=\"debtorRows\" value=\"\(FilingForm.maxRows)\""))
        XCTAssertFalse(again.body.contains("data-testid=\"add-debtor\""), "no more rows offered")
    }

    // MARK: - The API keeps its shape

    func test_api_severalBadFields_answersWithTheFirst_andTakesAnAgentsIdentityNumber() async throws {
        let token = try await token("clerk")
        var body = CaseTests.filing(debtorID: "110105198001011239")
        body["amountApplied"] = "12.345"
        let (status, json) = try await post("/api/v1/cases", body, token: token)
        XCTAssertEqual(status, .badRequest)
        XCTAssertTrue(json.contains("\"field\":\"amountApplied\""), json)
        var withAgent = CaseTests.filing()
        withAgent["agents"] = [["name": "赵律师", "identityNumber": "110105198001011239", "actsFor": "debtors[0]"]]
        let (agentStatus, agentJSON) = try await post("/api/v1/cases", withAgent, token: token)
        XCTAssertEqual(agentStatus, .badRequest)
        XCTAssertTrue(agentJSON.contains("\"field\":\"agents[0].identityNumber\""), agentJSON)
        withAgent["agents"] = [["name": "赵律师", "identityNumber": "110105198001011238", "actsFor": "debtors[0]"]]
        let (created, _) = try await post("/api/v1/cases", withAgent, token: token)
        XCTAssertEqual(created, .created)
    }
}

/// The one place that turns error paths into the words of the page (`FilingFields`).
final class FilingFieldsTests: XCTestCase {
    let zh = ["filing_row_debtor": "第{n}位被执行人", "filing_row_applicant": "第{n}位申请执行人", "filing_row_agent": "第{n}位委托代理人",
              "filing_label_in_row": "{row}的{field}", "filing_identity_number": "居民身份证号码", "party_name": "姓名或名称",
              "filing_error_line": "{label}：{message}", "filing_error_required": "此项必填", "cases_applied": "申请执行金额",
              "filing_acts_for": "被代理人"]
    let en = ["filing_row_debtor": "Debtor {n}", "filing_row_applicant": "Applicant {n}", "filing_label_in_row": "{row}, {field}",
              "filing_identity_number": "Identity number", "party_name": "Name", "filing_error_line": "{label}: {message}",
              "filing_error_required": "this field is required"]

    func test_pathsBecomeFormFields() {
        XCTAssertEqual(FilingFields.field(for: "debtors[1].identityNumber")?.id, "debtor2IdentityNumber")
        XCTAssertEqual(FilingFields.field(for: "applicants[0].legalRepresentative")?.id, "applicantRepresentative")
        XCTAssertEqual(FilingFields.field(for: "agents[2].actsFor")?.id, "agent3ActsFor")
        XCTAssertEqual(FilingFields.field(for: "basis.issuingBody")?.id, "basisIssuingBody")
        XCTAssertEqual(FilingFields.field(for: "amountApplied")?.id, "amountApplied")
        XCTAssertEqual(FilingFields.field(for: "debtors")?.id, "debtorName", "no debtor at all: the first debtor's name")
        XCTAssertEqual(FilingFields.field(for: "jurisdiction")?.id, "firstInstance")
        for odd in ["caseType", "debtors[x].name", "debtors[0].colour", "debtors[-1].name", "debtors[99].name", "agents[0].creditCode", "debtors[0]"] {
            XCTAssertNil(FilingFields.field(for: odd), odd)
        }
    }

    func test_labelsNameTheRowAndTheField_inTheUsersLanguage() throws {
        let field = try XCTUnwrap(FilingFields.field(for: "debtors[1].identityNumber"))
        XCTAssertEqual(FilingFields.label(field, table: zh), "第2位被执行人的居民身份证号码")
        XCTAssertEqual(FilingFields.label(field, table: en), "Debtor 2, identity number")
        let amount = try XCTUnwrap(FilingFields.field(for: "amountApplied"))
        XCTAssertEqual(FilingFields.label(amount, table: zh), "申请执行金额")
    }

    func test_messages_sayWhatIsWrong_withoutAPath() throws {
        let required = AppError.required("applicants[0].name")
        let field = FilingFields.field(for: "applicants[0].name")
        XCTAssertEqual(FilingFields.message(for: required, field: field, language: "zh-CN", table: zh), "第1位申请执行人的姓名或名称：此项必填")
        XCTAssertEqual(FilingFields.message(for: required, field: field, language: "en", table: en), "Applicant 1, name: this field is required")
        let check = AppError.invalid(FieldError(field: "debtors[1].identityNumber", code: "resident_id.check_digit",
                                                message: .init(zh: "校验码不符", en: "The check digit does not match")))
        XCTAssertEqual(FilingFields.message(for: check, field: FilingFields.field(for: "debtors[1].identityNumber"), language: "en", table: en),
                       "Debtor 2, identity number: the check digit does not match")
        let type = AppError.badRequest("case_type.invalid", .init(zh: "类型无效", en: "Bad type"), field: "caseType")
        XCTAssertEqual(FilingFields.message(for: type, field: nil, language: "zh-CN", table: zh), "类型无效")
    }

    func test_lowerFirst_leavesChineseAndCapitalisedWordsAlone() {
        XCTAssertEqual(FilingFields.lowerFirst("Identity number"), "identity number")
        XCTAssertEqual(FilingFields.lowerFirst("ID card"), "ID card")
        XCTAssertEqual(FilingFields.lowerFirst("居民身份证号码"), "居民身份证号码")
        XCTAssertEqual(FilingFields.lowerFirst(""), "")
    }

    /// Every field the page has is one an error can be reported on, and every error path `ValidFiling` makes has its
    /// field on the page (with its label in both tables).
    func test_everyErrorPath_hasItsFieldOnThePage_andItsWords() throws {
        let root = TestApp.packageRoot + "Resources/Localization/"
        let localizer = try Localizer.load(from: root)
        let form = FilingForm(top: [:], rows: [.applicant: [[:], [:]], .debtor: [[:], [:]], .agent: [[:]]])
        let page = FilingFormPage(form: form, errors: [], language: "zh-CN", table: localizer.table("zh-CN"))
        let ids = Set(page.groups.flatMap { $0.rows.flatMap { $0.fields.map(\.id) } })
        var paths = ["basis.kind", "basis.issuingBody", "basis.documentNumber", "basis.effectiveOn", "basis.amountAwarded", "basis.obligations",
                     "amountApplied", "filedOn", "jurisdiction", "applicants", "debtors"]
        for (list, count) in [("applicants", 2), ("debtors", 2)] {
            for i in 0..<count {
                paths += ["kind", "name", "identityNumber", "creditCode", "legalRepresentative", "phone", "address"].map { "\(list)[\(i)].\($0)" }
            }
        }
        paths += ["name", "identityNumber", "phone", "actsFor"].map { "agents[0].\($0)" }
        for path in paths {
            let field = try XCTUnwrap(FilingFields.field(for: path), path)
            XCTAssertTrue(ids.contains(field.id), "\(path) → \(field.id) is not on the page")
            for lang in Localizer.languages {
                let label = FilingFields.label(field, table: localizer.table(lang))
                XCTAssertFalse(label.contains("{") || label.contains("filing_") || label.contains("party_") || label.contains("case_"),
                               "\(path) in \(lang): \(label)")
            }
        }
    }
}

/// A value as it must stand in a page's HTML (Leaf escapes these five).
func htmlEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
}

/// Every value typed into the filing form is on the page again: text in its field's `value`, a choice selected, a
/// box ticked.
func assertFormKeeps(_ page: String, _ form: [String: String], file: StaticString = #filePath, line: UInt = #line) {
    for (name, value) in form where !name.hasSuffix("Rows") && name != "_csrf" && name != "add" && !value.isEmpty {
        if name.hasSuffix("Kind") || name.hasSuffix("ActsFor") {
            guard let start = page.range(of: "name=\"\(name)\"") else { XCTFail("no field \(name)", file: file, line: line); continue }
            let rest = page[start.upperBound...]
            let select = rest[..<(rest.range(of: "</select>")?.lowerBound ?? rest.endIndex)]
            XCTAssertTrue(select.contains("value=\"\(htmlEscaped(value))\" selected"), "\(name) = \(value) is not selected", file: file, line: line)
        } else if ["firstInstance", "propertyInArea", "sameLevel"].contains(name) {
            XCTAssertTrue(page.contains("name=\"\(name)\" checked"), "\(name) is not ticked", file: file, line: line)
        } else {
            let field = page.range(of: "id=\"\(name)\" name=\"\(name)\"").map { page[$0.upperBound...].prefix(300) } ?? ""
            XCTAssertTrue(field.contains("value=\"\(htmlEscaped(value))\""), "\(name) does not show \(value): \(field)", file: file, line: line)
        }
    }
}
