import Fluent
import XCTVapor
import XCTest
import ZhixingCore
@testable import ZhixingServer

/// `zhixing import courts FILE.csv` (issue #2, item 3): row-level validation, all or nothing.
final class CourtImportTests: AppTestCase {
    override var seedsDemo: Bool { false }

    private let header = "code,level,parent_code,name_zh,name_en\n"

    func test_shippedDirectory_imports_withEveryHighCourt() async throws {
        let csv = try String(contentsOfFile: TestApp.packageRoot + "Resources/Data/courts.csv", encoding: .utf8)
        let summary = try await importCourts(csv: csv, app: app)
        XCTAssertEqual(summary.errors, [])
        let highCourts = try await Organisation.query(on: app.db).filter(\.$level == "high").all().map(\.code)
        XCTAssertEqual(Set(highCourts), Set(Province.allCases.map(\.abbreviation)), "31 provinces and 兵")
        let chaoyang = try await CourtDirectory.court(code: "京0105", on: app.db)
        XCTAssertEqual(chaoyang?.nameZh, "北京市朝阳区人民法院")
        XCTAssertEqual(chaoyang?.path, "/最高法/京/京03/京0105/")
        let again = try await importCourts(csv: csv, app: app)
        XCTAssertEqual(again.created, 0)
        XCTAssertEqual(again.updated, 0)
        XCTAssertEqual(again.unchanged, summary.created)
    }

    func test_badRows_areReportedByLine_andNothingIsWritten() async throws {
        let csv = header + """
        最高法,supreme,,最高人民法院,Supreme People's Court
        京,high,最高法,北京市高级人民法院,Beijing High People's Court
        京01,basic,京,错层级,Wrong level
        京0105,basic,京99,北京市朝阳区人民法院,Chaoyang
        X01,intermediate,京,无效代字,Bad code
        京02,intermediate,京,,No Chinese name
        京,high,最高法,重复,Duplicate
        """
        let summary = try await importCourts(csv: csv, app: app)
        XCTAssertEqual(summary.created, 0)
        let problems = Set(summary.errors.map { "\($0.line):\($0.field)" })
        XCTAssertTrue(problems.contains("4:code"), "京01 is not a basic court code: \(problems)")
        XCTAssertTrue(problems.contains("5:parent_code"), "unknown parent 京99")
        XCTAssertTrue(problems.contains("6:code"), "X is no province")
        XCTAssertTrue(problems.contains("7:name_zh"))
        XCTAssertTrue(problems.contains("8:code"), "duplicate 京")
        let count = try await Organisation.query(on: app.db).count()
        XCTAssertEqual(count, 0)
    }

    func test_parentMustBeOneLevelUp() async throws {
        let csv = header + """
        最高法,supreme,,最高人民法院,SPC
        京,high,最高法,北京市高级人民法院,Beijing High
        京0105,basic,京,北京市朝阳区人民法院,Chaoyang
        """
        let summary = try await importCourts(csv: csv, app: app)
        XCTAssertEqual(summary.errors.map(\.field), ["parent_code"])
        XCTAssertEqual(summary.errors.first?.line, 4)
    }

    func test_quotedFields_andComments_areRead() async throws {
        let csv = header + """
        # the SPC
        最高法,supreme,,最高人民法院,"Supreme People's Court, Beijing"
        """
        let summary = try await importCourts(csv: csv, app: app)
        XCTAssertEqual(summary.errors, [])
        let spc = try await CourtDirectory.court(code: "最高法", on: app.db)
        XCTAssertEqual(spc?.nameEn, "Supreme People's Court, Beijing")
    }

    func test_wrongHeader_isRefused() async throws {
        let summary = try await importCourts(csv: "code,name\n京,北京", app: app)
        XCTAssertEqual(summary.errors.first?.field, "header")
    }

    // MARK: - The optional address and phone columns (issue 9, item 7; migration 014)

    private let contactHeader = "code,level,parent_code,name_zh,name_en,address,phone\n"

    func test_addressAndPhoneColumns_areRead_andStored() async throws {
        let csv = contactHeader + """
        最高法,supreme,,最高人民法院,SPC,北京市东城区东交民巷27号,010-67550114
        京,high,最高法,北京市高级人民法院,Beijing High,,
        """
        let summary = try await importCourts(csv: csv, app: app)
        XCTAssertEqual(summary.errors, [])
        let spc = try await CourtDirectory.court(code: "最高法", on: app.db)
        XCTAssertEqual(spc?.address, "北京市东城区东交民巷27号")
        XCTAssertEqual(spc?.phone, "010-67550114")
        let beijing = try await CourtDirectory.court(code: "京", on: app.db)
        XCTAssertNil(beijing?.address, "an empty cell: none")
        XCTAssertNil(beijing?.phone)
        let event = try await AuditEvent.query(on: app.db).filter(\.$entityID == "最高法").first()
        XCTAssertTrue(event?.changes.contains("010-67550114") ?? false, "the audit event records the phone")
    }

    func test_fileWithoutTheColumns_leavesAddressAndPhone_fileWithThemChangesThem() async throws {
        _ = try await importCourts(csv: contactHeader + "最高法,supreme,,最高人民法院,SPC,东交民巷27号,010-67550114\n", app: app)
        let plain = try await importCourts(csv: header + "最高法,supreme,,最高人民法院,SPC\n", app: app)
        XCTAssertEqual(plain.unchanged, 1, "a file without the columns says nothing about them")
        var spc = try await CourtDirectory.court(code: "最高法", on: app.db)
        XCTAssertEqual(spc?.phone, "010-67550114")
        let changed = try await importCourts(csv: contactHeader + "最高法,supreme,,最高人民法院,SPC,,12368\n", app: app)
        XCTAssertEqual(changed.updated, 1)
        spc = try await CourtDirectory.court(code: "最高法", on: app.db)
        XCTAssertNil(spc?.address, "an empty cell clears it")
        XCTAssertEqual(spc?.phone, "12368")
        let event = try await AuditEvent.query(on: app.db).filter(\.$action == "court.update").first()
        XCTAssertTrue(event?.changes.contains("\"phone\":{\"from\":\"010-67550114\",\"to\":\"12368\"}") ?? false, event?.changes ?? "")
    }

    func test_badPhone_longAddress_andMissingColumns_areReportedByLine() async throws {
        let csv = contactHeader + """
        最高法,supreme,,最高人民法院,SPC,,call us
        京,high,最高法,北京市高级人民法院,Beijing High,\(String(repeating: "路", count: 201)),010-1
        京01,intermediate,京,北京市第一中级人民法院,No.1 Intermediate
        """
        let summary = try await importCourts(csv: csv, app: app)
        let problems = Set(summary.errors.map { "\($0.line):\($0.field)" })
        XCTAssertEqual(problems, ["2:phone", "3:address", "3:phone", "3:parent_code", "4:row"], "3:parent_code: the SPC's row failed")
        let count = try await Organisation.query(on: app.db).count()
        XCTAssertEqual(count, 0, "nothing is written")
    }

    func test_phoneNumbers_asDirectoriesPrintThem() {
        for good in ["010-67550114", "(010) 6755 0114", "12368", "+86 10 67550114", "010-12345678、010-87654321", "（010）67550114"] {
            XCTAssertTrue(CourtFile.isPhone(good), good)
        }
        for bad in ["call us", "010-1", "12", String(repeating: "1", count: 41), "010-6755 ext. 3"] {
            XCTAssertFalse(CourtFile.isPhone(bad), bad)
        }
    }

    func test_header_namesTheOptionalColumns_whenWrong() async throws {
        let summary = try await importCourts(csv: "code,level,parent_code,name_zh,name_en,phone\n", app: app)
        XCTAssertEqual(summary.errors.first?.field, "header")
        XCTAssertTrue(summary.errors.first?.message.en.contains("optionally followed by address,phone") ?? false)
    }
}
